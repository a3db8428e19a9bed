package dev.vpaysandbox.signing.signature;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * The one place that builds each string to sign (spec section 3); signers and verifiers
 * both call it, so they cannot drift apart.
 */
public final class StringToSign {

	private StringToSign() {
	}

	/**
	 * For {@code paySig}: {@code method + "&" + signData}, e.g.
	 * {@code requestMidasPaymentGameItem&{"mode":"goods","buyQuantity":1,...}}.
	 */
	public static String paySig(PayMethod method, String signData) {
		return method.wireName() + "&" + signData;
	}

	/** For {@code signature}: the signData text exactly as sent. */
	public static String signature(String signData) {
		return signData;
	}

	/**
	 * For server-API {@code pay_sig}: {@code uri + "&" + body}, the uri being the path
	 * only and the body its exact bytes, e.g.
	 * {@code /xpay/query_order&{"openid":"o1","env":0,...}}.
	 */
	public static String payApiSig(String uri, String body) {
		return uri + "&" + body;
	}

	/**
	 * For {@code PayEventSig}: {@code Event + "&" + Payload}, e.g.
	 * {@code minigame_game_pay_goods_deliver_notify&{"OpenId":"o1","Env":"0",...}}.
	 */
	public static String payEventSig(String event, String payload) {
		return event + "&" + payload;
	}

}
