package dev.vpaysandbox.mock.merchant;

import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;
import dev.vpaysandbox.signing.protocol.Env;

/** A merchant-API call after authentication: whose it is and its body, or a refusal. */
sealed interface XpayCall {

	/**
	 * access_token and pay_sig hold.
	 *
	 * @param appId the token's app
	 * @param env the body's env
	 * @param body the body's bytes, verified by pay_sig, a JSON object
	 */
	record Authorized(String appId, Env env, byte[] body) implements XpayCall {
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
