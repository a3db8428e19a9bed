package dev.vpaysandbox.order.keys;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.stereotype.Component;

/**
 * Asks the platform's key exchange ({@code POST /sandbox/keys/exchange}) for the keys it
 * accepts for an (appId, env), authenticating with the appSecret: the current appKey and,
 * while its grace window lasts, the previous one with the window's end.
 */
@Component
class KeyExchangeClient {

	static final String PATH = "/sandbox/keys/exchange";

	private final PlatformHttp http;

	KeyExchangeClient(PlatformHttp http) {
		this.http = http;
	}

	/**
	 * The keys the platform accepts now.
	 * @throws KeyExchangeRejectedException when the platform refuses the credentials
	 * @throws PlatformUnavailableException when it cannot be asked
	 */
	ExchangedKey exchange(MerchantApp app, Env env) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appId", app.appId());
		body.put("appSecret", app.secret().reveal());
		body.put("env", env.code());
		PlatformHttp.Answer answer = this.http.post(PATH, Map.of(), this.http.write(body));
		if (answer.status() == 401 || answer.status() == 403 || answer.status() == 404) {
			throw new KeyExchangeRejectedException(
					"the key exchange refused app " + app.appId() + " (HTTP " + answer.status() + ")");
		}
		String key = answer.text("appKey");
		if (answer.status() != 200 || key == null || key.isEmpty()) {
			throw new PlatformUnavailableException(
					"the key exchange answered HTTP " + answer.status() + " without an appKey for " + app.appId());
		}
		int version = answer.body().path("version").asInt(1);
		return new ExchangedKey(env, Secret.of(key), Math.max(version, 1),
				previous(answer.body().path("previous"), app));
	}

	/**
	 * The previous key the platform still accepts, or {@code null} when it names none: a
	 * key it no longer accepts must not verify anything here either.
	 */
	private static ExchangedKey.Previous previous(JsonNode previous, MerchantApp app) {
		if (previous.isMissingNode() || previous.isNull()) {
			return null;
		}
		String key = previous.path("appKey").asString("");
		int version = previous.path("version").asInt(0);
		Instant acceptedUntil = instant(previous.path("acceptedUntil").asString(""));
		if (key.isEmpty() || version < 1 || acceptedUntil == null) {
			throw new PlatformUnavailableException(
					"the key exchange named a previous key for " + app.appId() + " without its version, key or end");
		}
		return new ExchangedKey.Previous(Secret.of(key), version, acceptedUntil);
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The platform refused the app's credentials. */
	static class KeyExchangeRejectedException extends RuntimeException {

		KeyExchangeRejectedException(String message) {
			super(message);
		}

	}

}
