package dev.vpaysandbox.mock.merchant;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.login.AccessTokens;
import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;

import org.springframework.stereotype.Component;

/**
 * Authenticates a merchant-API call in order: access_token (40001 unknown, 42001 expired)
 * → body a JSON object and env 0 or 1 (268490002) → pay_sig over {@code uri&body} with
 * the token's app's key of that env (268490003). Only env is read before pay_sig, since
 * it picks the key; the rest of the body is bound afterwards ({@link XpayMessages}).
 */
@Component
class XpayAuthenticator {

	private final AccessTokens tokens;

	private final Verifier verifier;

	private final JsonMapper json;

	XpayAuthenticator(AccessTokens tokens, Verifier verifier, JsonMapper json) {
		this.tokens = tokens;
		this.verifier = verifier;
		this.json = json;
	}

	XpayCall authenticate(String accessToken, String paySig, String uri, byte[] body) {
		AccessTokens.Check token = this.tokens.check(accessToken);
		if (token instanceof AccessTokens.Check.Expired) {
			return new XpayCall.Refused(XpayCodes.EXPIRED_TOKEN, "access_token expired", null);
		}
		if (!(token instanceof AccessTokens.Check.Valid valid)) {
			return new XpayCall.Refused(XpayCodes.INVALID_TOKEN, "invalid access_token", null);
		}
		String text = (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
		JsonNode root = parse(text);
		if (root == null) {
			return new XpayCall.Refused(XpayCodes.BAD_PARAMETER, "the body must be a JSON object", null);
		}
		JsonNode envNode = root.get("env");
		if (envNode != null && !(envNode.isIntegralNumber() && envNode.canConvertToLong()
				&& (envNode.longValue() == 0 || envNode.longValue() == 1))) {
			return new XpayCall.Refused(XpayCodes.BAD_PARAMETER, "env must be 0 or 1", null);
		}
		Env env = Env.of((envNode != null) ? envNode.longValue() : 0);
		Verification verification = this.verifier.payApiSig(valid.appId(), env, uri, text, paySig);
		if (verification instanceof Verification.Invalid invalid) {
			return new XpayCall.Refused(XpayCodes.SIGNATURE_ERROR, "pay_sig error",
					SignatureReport.of(invalid.diagnosis()));
		}
		return new XpayCall.Authorized(valid.appId(), env, body);
	}

	private JsonNode parse(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			JsonNode root = this.json.readTree(text);
			return (root != null && root.isObject()) ? root : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
