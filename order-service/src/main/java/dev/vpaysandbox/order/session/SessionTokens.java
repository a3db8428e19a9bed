package dev.vpaysandbox.order.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque session tokens: 32 random bytes, URL-safe base64. Only their SHA-256 is stored,
 * so a copy of the database holds no usable token.
 */
final class SessionTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SessionTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this JDK lacks SHA-256", ex);
		}
	}

}
