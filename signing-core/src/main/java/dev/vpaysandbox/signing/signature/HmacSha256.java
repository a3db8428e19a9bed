package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * HMAC-SHA256 with UTF-8 key and message and lower-case hex output. Keeps initialised
 * {@link javax.crypto.Mac}s per thread and key, so a signature costs neither
 * {@code Mac.getInstance} nor {@code Mac.init}.
 */
public final class HmacSha256 {

	private static final HexFormat HEX = HexFormat.of();

	private static final ThreadLocal<InitialisedMacs> MACS = ThreadLocal.withInitial(InitialisedMacs::new);

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(HmacSha256::newSha256);

	private HmacSha256() {
	}

	/** The lower-case hex HMAC of a text under a secret. */
	public static String hex(Secret key, String message) {
		return hex(key, utf8(message));
	}

	/** The lower-case hex HMAC of some bytes under a secret. */
	public static String hex(Secret key, byte[] message) {
		return HEX.formatHex(mac(key.hmacKey(), message));
	}

	/** The raw HMAC of some bytes under a key. */
	static byte[] mac(SecretKeySpec key, byte[] message) {
		return MACS.get().forKey(key).doFinal(message);
	}

	/**
	 * The lower-case hex SHA-256 of some bytes: a diagnosis shows it instead of the text.
	 */
	static String sha256Hex(byte[] message) {
		return HEX.formatHex(SHA256.get().digest(message));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this JDK lacks SHA-256", ex);
		}
	}

}
