package dev.vpaysandbox.mock.login;

import java.util.Optional;

import dev.vpaysandbox.mock.apps.Apps;

import org.springframework.stereotype.Component;

/**
 * Checks the {@code appid}, {@code secret} and {@code grant_type} of an OpenServer call.
 */
@Component
class AppCredentials {

	private final Apps apps;

	AppCredentials(Apps apps) {
		this.apps = apps;
	}

	/** The first refusal, in the order appid, secret, grant_type; empty if all hold. */
	Optional<OpenServerRefusal> check(String appid, String secret, String grantType, String expectedGrantType) {
		var app = this.apps.find(blankToNull(appid));
		if (app.isEmpty()) {
			return Optional.of(OpenServerRefusal.INVALID_APPID);
		}
		if (!app.get().secretMatches(secret)) {
			return Optional.of(OpenServerRefusal.INVALID_SECRET);
		}
		if (!expectedGrantType.equals(grantType)) {
			return Optional.of(OpenServerRefusal.INVALID_GRANT_TYPE);
		}
		return Optional.empty();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
