package dev.vpaysandbox.order.session;

import java.security.SecureRandom;
import java.util.Base64;

import dev.vpaysandbox.signing.signature.Sha256;

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
		return Sha256.hex(token);
	}

}
