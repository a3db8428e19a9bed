package dev.vpaysandbox.mock.merchant;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;
import dev.vpaysandbox.signing.protocol.Env;

/** A merchant-API call after authentication: whose it is and its body, or a refusal. */
sealed interface XpayCall {

	/**
	 * access_token and pay_sig hold.
	 *
	 * @param appId the token's app
	 * @param env the body's env
	 * @param body the body, a JSON object
	 */
	record Authorized(String appId, Env env, JsonNode body) implements XpayCall {

		/** A string field, if present and a string. */
		Optional<String> text(String field) {
			JsonNode node = this.body.get(field);
			return (node != null && node.isString()) ? Optional.of(node.stringValue()) : Optional.empty();
		}

		/** An integer field, if present and a non-negative JSON integer. */
		Optional<Long> count(String field) {
			JsonNode node = this.body.get(field);
			if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
				return Optional.empty();
			}
			return Optional.of(node.longValue());
		}

	}

	/**
	 * Refused before the operation.
	 *
	 * @param errcode the code
	 * @param errmsg the message
	 * @param diagnosis for a pay_sig failure, what the mock signed and could prove
	 */
	record Refused(int errcode, String errmsg, SignatureReport diagnosis) implements XpayCall {
	}

}
