package dev.vpaysandbox.signing.signature;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.PayMethod;

/** Signs the four signatures (docs/protocol.md#signatures), in lower-case hex. */
public final class Signatures {

	private Signatures() {
	}

	/** {@code paySig}: the appKey of signData's env over {@code method&signData}. */
	public static String paySig(Secret appKey, PayMethod method, String signData) {
		// The string to sign fed in two parts: order-service signs every order, and
		// copying signData into one string cost a fifth of the signature (BENCHMARKS.md).
		return HmacSha256.hex(appKey, StringToSign.paySigPrefix(method), signData);
	}

	/** {@code signature}: the user's session_key, as literal text, over signData. */
	public static String signature(Secret sessionKey, String signData) {
		return HmacSha256.hex(sessionKey, StringToSign.signature(signData));
	}

	/**
	 * Server-API {@code pay_sig}: the appKey of the request's env over {@code uri&body}.
	 */
	public static String payApiSig(Secret appKey, String uri, String body) {
		return HmacSha256.hex(appKey, StringToSign.payApiSig(uri, body));
	}

	/**
	 * Server-API {@code pay_sig} over the exact bytes of the body, as sent or received.
	 */
	public static String payApiSig(Secret appKey, String uri, byte[] body) {
		return HmacSha256.hex(appKey, StringToSign.payApiSig(uri, body));
	}

	/**
	 * {@code PayEventSig}: the appKey of the notification's env over
	 * {@code Event&Payload}.
	 */
	public static String payEventSig(Secret appKey, String event, String payload) {
		return HmacSha256.hex(appKey, StringToSign.payEventSig(event, payload));
	}

}
