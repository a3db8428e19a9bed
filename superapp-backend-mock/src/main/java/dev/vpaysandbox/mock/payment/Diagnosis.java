package dev.vpaysandbox.mock.payment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.signdata.Violation;

/**
 * Why the pre-order check refused a payment: the check that failed, its code, and for a
 * field or signature failure what exactly is wrong. Never holds a key, an expected
 * signature or a string to sign.
 *
 * @param check the failed step: app, request, signData, fields, paySig, signature, item,
 * price, currency, quantity, outTradeNo
 * @param errCode the code answered
 * @param message what is wrong, in a sentence
 * @param violations the broken field rules, first one answered
 * @param signature what the verifier signed and could prove
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Diagnosis(String check, int errCode, String message, List<FieldProblem> violations,
		SignatureReport signature) {

	static Diagnosis of(String check, int errCode, String message) {
		return new Diagnosis(check, errCode, message, null, null);
	}

	static Diagnosis ofViolations(List<Violation> violations) {
		Violation first = violations.get(0);
		List<FieldProblem> problems = violations.stream()
			.map((violation) -> new FieldProblem(violation.code().errCode(), violation.field(), violation.message()))
			.toList();
		return new Diagnosis("fields", first.code().errCode(), first.message(), problems, null);
	}

	static Diagnosis ofSignature(int errCode, String message, SignatureDiagnosis diagnosis) {
		return new Diagnosis(diagnosis.check().protocolName(), errCode, message, null, SignatureReport.of(diagnosis));
	}

	/**
	 * One broken field rule.
	 *
	 * @param errCode -15011, -15001 or -15002
	 * @param field the field at fault, or {@code null} for the whole text
	 * @param message what is wrong
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FieldProblem(int errCode, String field, String message) {
	}

	/**
	 * A signature verification that failed, as signing-core explains it.
	 *
	 * @param reason MISSING, MALFORMED, MISMATCH or NO_KEY
	 * @param method the method or Event in the string to sign
	 * @param stringToSignLength UTF-8 bytes of what the mock signed
	 * @param stringToSignSha256 lower-case hex SHA-256 of what the mock signed
	 * @param key which key the mock used, by env and version
	 * @param hints what the mock could prove about the mistake
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SignatureReport(String reason, String method, int stringToSignLength, String stringToSignSha256,
			KeyReport key, List<HintReport> hints) {

		/** The report of a signing-core diagnosis. */
		public static SignatureReport of(SignatureDiagnosis diagnosis) {
			return new SignatureReport(diagnosis.reason().name(), diagnosis.method(), diagnosis.stringToSignLength(),
					diagnosis.stringToSignSha256(), KeyReport.of(diagnosis.key()), HintReport.of(diagnosis.hints()));
		}

	}

	/**
	 * A key named without revealing it.
	 *
	 * @param kind {@code appKey} or {@code session_key}
	 * @param env an appKey's env
	 * @param version an appKey's version
	 * @param previous whether it is a rotated-out appKey
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record KeyReport(String kind, Integer env, Integer version, boolean previous) {

		static KeyReport of(KeyUsed key) {
			if (key == null) {
				return null;
			}
			if (key.kind() == KeyUsed.Kind.SESSION_KEY) {
				return new KeyReport("session_key", null, null, key.previous());
			}
			return new KeyReport("appKey", key.env().code(), key.version(), key.previous());
		}

	}

	/**
	 * A hint or note proven by a verifier.
	 *
	 * @param code the stable hint code, e.g. UPPER_CASE_HEX
	 * @param message what to change
	 */
	public record HintReport(String code, String message) {

		static List<HintReport> of(List<Hint> hints) {
			return hints.stream().map((hint) -> new HintReport(hint.code().name(), hint.message())).toList();
		}

	}

}
