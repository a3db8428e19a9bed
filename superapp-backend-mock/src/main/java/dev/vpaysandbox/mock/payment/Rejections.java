package dev.vpaysandbox.mock.payment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.diagnosis.Reason;
import dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis;
import dev.vpaysandbox.signing.signdata.Violation;
import dev.vpaysandbox.signing.signature.Sha256;

/** The refusals of the pre-order check, with their codes, HTTP statuses and diagnoses. */
final class Rejections {

	static final int MISSING = -15001;

	static final int INVALID = -15002;

	static final int OUT_TRADE_NO_USED = -15003;

	static final int SIGNATURE_ERROR = -15005;

	static final int PAY_SIG_ERROR = -15006;

	static final int ALREADY_PAID = -15007;

	static final int ITEM_NOT_FOUND = -15010;

	static final int NOT_A_JSON_OBJECT = -15011;

	private Rejections() {
	}

	static Verdict.Rejected of(int errCode, int httpStatus, String check, String reason, String message) {
		return new Verdict.Rejected(errCode, httpStatus, reason, Diagnosis.of(check, errCode, message));
	}

	static Verdict.Rejected badRequest(String check, String message) {
		return of(INVALID, 400, check, "invalid request", message);
	}

	static Verdict.Rejected fields(List<Violation> violations) {
		Violation first = violations.get(0);
		String reason = switch (first.code()) {
			case NOT_A_JSON_OBJECT -> "signData is not a JSON object";
			case MISSING_FIELD -> "missing " + first.field();
			case INVALID_FIELD -> "invalid " + ((first.field() != null) ? first.field() : "signData");
		};
		Diagnosis diagnosis = Diagnosis.ofViolations(violations);
		if (first.code().errCode() == NOT_A_JSON_OBJECT) {
			diagnosis = new Diagnosis("signData", NOT_A_JSON_OBJECT, first.message(), diagnosis.violations(), null);
		}
		return new Verdict.Rejected(first.code().errCode(), 400, reason, diagnosis);
	}

	static Verdict.Rejected paySig(SignatureDiagnosis diagnosis) {
		return new Verdict.Rejected(PAY_SIG_ERROR, 401, "paySig error", Diagnosis.ofSignature(PAY_SIG_ERROR,
				"paySig does not verify with the app's appKey of this env", diagnosis));
	}

	static Verdict.Rejected signature(SignatureDiagnosis diagnosis) {
		return new Verdict.Rejected(SIGNATURE_ERROR, 401, "signature error", Diagnosis.ofSignature(SIGNATURE_ERROR,
				"signature does not verify with the user's current session_key", diagnosis));
	}

	/** The user never logged in: there is no session_key to verify with. */
	static Verdict.Rejected noSession(String userId, String signData) {
		byte[] bytes = signData.getBytes(StandardCharsets.UTF_8);
		SignatureDiagnosis diagnosis = new SignatureDiagnosis(Check.SIGNATURE, Reason.NO_KEY, null, bytes.length,
				Sha256.hex(signData), null, List.of());
		return new Verdict.Rejected(SIGNATURE_ERROR, 401, "signature error", Diagnosis.ofSignature(SIGNATURE_ERROR,
				"user " + userId + " has no session in this app: log in and exchange the code first", diagnosis));
	}

	static Verdict.Rejected reused(Payment existing) {
		if (existing.status().isPaid()) {
			return of(ALREADY_PAID, 409, "outTradeNo", "order already paid",
					"outTradeNo " + existing.outTradeNo() + " is already paid");
		}
		return of(OUT_TRADE_NO_USED, 409, "outTradeNo", "outTradeNo already used",
				"outTradeNo " + existing.outTradeNo() + " was used before (payment " + existing.status() + ")");
	}

}
