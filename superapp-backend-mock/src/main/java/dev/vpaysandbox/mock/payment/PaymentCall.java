package dev.vpaysandbox.mock.payment;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a JS-API payment call, {@code {"appId","userId","signData","paySig",
 * "signature","mode"?}}, bound by Jackson. Its fields stay JSON nodes because the
 * pre-order check itself is the verification: it must tell a missing field (-15001) from
 * one of the wrong type (-15002, -15011) in the spec's order, and verifies paySig and
 * signature over the signData text exactly as sent; what it accepts becomes
 * signing-core's typed {@code SignData} and a {@link PaymentDraft}.
 *
 * @param appId the app
 * @param userId the host app's user
 * @param signData the signData (a string, if well formed)
 * @param paySig the paySig hex
 * @param signature the signature hex
 * @param mode the mini program's mode beside signData
 */
record PaymentCall(JsonNode appId, JsonNode userId, JsonNode signData, JsonNode paySig, JsonNode signature,
		JsonNode mode) {

	/** The call in a body, or empty if the body is not one JSON object. */
	static Optional<PaymentCall> parse(byte[] body, JsonMapper json) {
		if (body == null || body.length == 0) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(json.readValue(body, PaymentCall.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	/** A field's text if it is a JSON string, else {@code null}. */
	static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/** Whether a field is absent or JSON null. */
	static boolean absent(JsonNode node) {
		return node == null || node.isNull();
	}

	/**
	 * A signature field as the verifier should see it: its text, {@code null} when
	 * absent, or the JSON of a non-string (which then fails as malformed).
	 */
	static String signatureText(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

}
