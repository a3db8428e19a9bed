package dev.vpaysandbox.client;

import java.util.List;

/**
 * Why the pre-order check refused a payment call; never holds a key or an expected
 * signature.
 *
 * @param check the failed step: app, request, signData, fields, paySig, signature, item,
 * price, currency, quantity, outTradeNo (or chaos, cashier)
 * @param errCode the code answered
 * @param message what is wrong, in a sentence
 * @param violations the broken field rules, first one answered
 * @param signature what the verifier signed and could prove, for a signature failure
 */
public record Diagnosis(String check, int errCode, String message, List<FieldProblem> violations,
		SignatureReport signature) {

	public Diagnosis {
		violations = (violations != null) ? List.copyOf(violations) : List.of();
	}

	/**
	 * One broken field rule.
	 *
	 * @param errCode -15011, -15001 or -15002
	 * @param field the field at fault, or {@code null} for the whole text
	 * @param message what is wrong
	 */
	public record FieldProblem(int errCode, String field, String message) {
	}

	/**
	 * A signature that failed, as the sandbox explains it.
	 *
	 * @param reason MISSING, MALFORMED, MISMATCH or NO_KEY
	 * @param method the method or Event in the string to sign
	 * @param stringToSignLength UTF-8 bytes of what the sandbox signed
	 * @param stringToSignSha256 lower-case hex SHA-256 of what the sandbox signed
	 * @param key which key the sandbox used
	 * @param hints what the sandbox could prove about the mistake
	 */
	public record SignatureReport(String reason, String method, int stringToSignLength, String stringToSignSha256,
			KeyReport key, List<Note> hints) {

		public SignatureReport {
			hints = (hints != null) ? List.copyOf(hints) : List.of();
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
	public record KeyReport(String kind, Integer env, Integer version, boolean previous) {
	}

}
