package dev.vpaysandbox.order.keys;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.stereotype.Component;

/**
 * Asks the platform's key exchange ({@code POST /sandbox/keys/exchange}) for the current
 * appKey of an (appId, env), authenticating with the appSecret.
 */
@Component
class KeyExchangeClient {

	static final String PATH = "/sandbox/keys/exchange";

	private final PlatformHttp http;

	KeyExchangeClient(PlatformHttp http) {
		this.http = http;
	}

	/**
	 * The current key.
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
		return new ExchangedKey(env, Secret.of(key), Math.max(version, 1));
	}

	/** The platform refused the app's credentials. */
	static class KeyExchangeRejectedException extends RuntimeException {

		KeyExchangeRejectedException(String message) {
			super(message);
		}

	}

}
