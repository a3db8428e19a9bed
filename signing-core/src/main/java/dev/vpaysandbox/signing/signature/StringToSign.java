package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * The one place that builds each string to sign (docs/protocol.md#signatures); signers
 * and verifiers both call it, so they cannot drift apart.
 */
public final class StringToSign {

	private static final byte[] SEPARATOR = { '&' };

	private static final Map<PayMethod, byte[]> PAY_SIG_PREFIXES = prefixes();

	private StringToSign() {
	}

	/**
	 * For {@code paySig}: {@code method + "&" + signData}, e.g.
	 * {@code requestMidasPaymentGameItem&{"mode":"goods","buyQuantity":1,...}}.
	 */
	public static String paySig(PayMethod method, String signData) {
		return method.wireName() + "&" + signData;
	}

	/**
	 * The UTF-8 bytes {@link #paySig} puts before signData, {@code method + "&"}, so that
	 * a signer can feed a Mac without building the whole string. Never modify the array.
	 */
	static byte[] paySigPrefix(PayMethod method) {
		return PAY_SIG_PREFIXES.get(method);
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
	 * For server-API {@code pay_sig} over a body kept as the bytes received: the UTF-8
	 * bytes of {@code uri + "&"} followed by the body's bytes, untouched. Equals the
	 * UTF-8 encoding of {@link #payApiSig(String, String)} whenever the body is valid
	 * UTF-8.
	 */
	public static byte[] payApiSig(String uri, byte[] body) {
		byte[] path = uri.getBytes(StandardCharsets.UTF_8);
		byte[] message = new byte[path.length + 1 + body.length];
		System.arraycopy(path, 0, message, 0, path.length);
		System.arraycopy(SEPARATOR, 0, message, path.length, 1);
		System.arraycopy(body, 0, message, path.length + 1, body.length);
		return message;
	}

	private static Map<PayMethod, byte[]> prefixes() {
		Map<PayMethod, byte[]> prefixes = new EnumMap<>(PayMethod.class);
		for (PayMethod method : PayMethod.values()) {
			prefixes.put(method, paySig(method, "").getBytes(StandardCharsets.UTF_8));
		}
		return prefixes;
	}

	/**
	 * For {@code PayEventSig}: {@code Event + "&" + Payload}, e.g.
	 * {@code minigame_game_pay_goods_deliver_notify&{"OpenId":"o1","Env":"0",...}}.
	 */
	public static String payEventSig(String event, String payload) {
		return event + "&" + payload;
	}

}
