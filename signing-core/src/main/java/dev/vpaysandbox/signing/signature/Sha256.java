package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, the one digest both services use: to store tokens by their digest instead of
 * their text, to derive stable identifiers, and to show a string-to-sign in a diagnosis
 * without showing the string. Keeps one {@link MessageDigest} per thread.
 */
public final class Sha256 {

	private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

	private Sha256() {
	}

	/** The digest of some bytes. */
	public static byte[] digest(byte[] bytes) {
		return DIGEST.get().digest(bytes);
	}

	/** The digest of a text's UTF-8 bytes. */
	public static byte[] digest(String text) {
		return digest(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The lower-case hex digest of some bytes. */
	public static String hex(byte[] bytes) {
		return HmacSha256.lowerHex(digest(bytes));
	}

	/** The lower-case hex digest of a text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this JDK lacks SHA-256", ex);
		}
	}

}
