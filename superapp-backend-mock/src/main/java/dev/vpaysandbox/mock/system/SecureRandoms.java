package dev.vpaysandbox.mock.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable identifiers, keys and tokens. */
public final class SecureRandoms {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private SecureRandoms() {
	}

	/** {@code bytes} random bytes as URL-safe base64 without padding. */
	public static String urlSafe(int bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random(bytes));
	}

	/** {@code bytes} random bytes as standard base64 (16 bytes give 24 characters). */
	public static String base64(int bytes) {
		return Base64.getEncoder().encodeToString(random(bytes));
	}

	/** {@code bytes} random bytes as lower-case hex. */
	public static String hex(int bytes) {
		return HexFormat.of().formatHex(random(bytes));
	}

	/** {@code length} random letters and digits. */
	public static String alphanumeric(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
		}
		return text.toString();
	}

	private static byte[] random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return value;
	}

}
