package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * HMAC-SHA256 with UTF-8 key and message and lower-case hex output. Keeps one {@link Mac}
 * per thread, so a signature costs no {@code Mac.getInstance}.
 */
public final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

	private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(HmacSha256::newMac);

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(HmacSha256::newSha256);

	private HmacSha256() {
	}

	/** The lower-case hex HMAC of a text under a secret. */
	public static String hex(Secret key, String message) {
		return HEX.formatHex(mac(key.hmacKey(), utf8(message)));
	}

	/** The raw HMAC of some bytes under a key. */
	static byte[] mac(SecretKeySpec key, byte[] message) {
		Mac mac = MAC.get();
		try {
			mac.init(key);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 refused a key", ex);
		}
		return mac.doFinal(message);
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

	private static Mac newMac() {
		try {
			return Mac.getInstance(ALGORITHM);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this JDK lacks " + ALGORITHM, ex);
		}
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
