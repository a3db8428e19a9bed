package dev.vpaysandbox.mock.login;

import java.util.Base64;

import dev.vpaysandbox.signing.signature.Sha256;

/**
 * Derives a user's openid (per app) and unionid (across apps): opaque, stable across
 * logins, restarts and resets, and different between apps.
 */
final class OpenIds {

	private static final int ID_CHARACTERS = 27;

	private OpenIds() {
	}

	/** {@code o} + 27 URL-safe characters, stable per (appId, userId). */
	static String openid(String appId, String userId) {
		return "o" + digest("openid\n" + appId + "\n" + userId);
	}

	/** {@code u} + 27 URL-safe characters, stable per userId. */
	static String unionid(String userId) {
		return "u" + digest("unionid\n" + userId);
	}

	private static String digest(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(text)).substring(0, ID_CHARACTERS);
	}

}
