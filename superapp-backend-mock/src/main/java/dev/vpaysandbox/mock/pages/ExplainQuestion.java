package dev.vpaysandbox.mock.pages;

import java.util.ArrayList;
import java.util.List;

import dev.vpaysandbox.web.Problems;
import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * A debugger request checked for completeness: which signature, which method, and whether
 * the key is pasted or the mock's own.
 *
 * @param check paySig or signature
 * @param method the JS API whose string to sign is meant
 * @param pasted whether the key is pasted ({@code false}: the mock's own)
 */
record ExplainQuestion(Check check, PayMethod method, boolean pasted) {

	private static final int MAX_SIGN_DATA = 8192;

	private static final int MAX_FIELD = 256;

	static ExplainQuestion of(ExplainRequest request) {
		List<String> errors = new ArrayList<>();
		Check check = check(request.kind(), errors);
		PayMethod method = PayMethod.fromWireName(request.method()).orElse(null);
		if (method == null) {
			errors.add("method must be requestMidasPaymentGameItem or requestVirtualPayment");
		}
		if (request.signData() == null
				|| request.signData().codePointCount(0, request.signData().length()) > MAX_SIGN_DATA) {
			errors.add("signData is required, at most " + MAX_SIGN_DATA + " characters");
		}
		if (tooLong(request.hex()) || tooLong(request.appId()) || tooLong(request.userId()) || tooLong(request.key())) {
			errors.add("hex, appId, userId and key are at most " + MAX_FIELD + " characters");
		}
		boolean pasted = present(request.key());
		if (pasted == present(request.appId())) {
			errors.add("give either key (a pasted key) or appId (the mock uses the app's key), not both");
		}
		if (check == Check.SIGNATURE && !pasted && !present(request.userId())) {
			errors.add("a signature checked with an app's keys needs the userId whose session_key signed it");
		}
		if (request.env() != null && (request.env() < 0 || request.env() > 1)) {
			errors.add("env must be 0 or 1");
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(String.join("; ", errors));
		}
		return new ExplainQuestion(check, method, pasted);
	}

	private static Check check(String kind, List<String> errors) {
		if (Check.PAY_SIG.protocolName().equals(kind)) {
			return Check.PAY_SIG;
		}
		if (Check.SIGNATURE.protocolName().equals(kind)) {
			return Check.SIGNATURE;
		}
		errors.add("kind must be paySig or signature");
		return null;
	}

	private static boolean present(String text) {
		return text != null && !text.isEmpty();
	}

	private static boolean tooLong(String text) {
		return text != null && text.length() > MAX_FIELD;
	}

}
