package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * An app to register ({@code POST /sandbox/apps}); its {@link #toString()} shows neither
 * its secret nor its keys.
 *
 * @param appId the app id, 1-64 of {@code [A-Za-z0-9_.-]}
 * @param appSecret its secret, 8-128 characters
 * @param type what it is
 * @param offerId its offerId, required for a mini program
 * @param currencies its enabled ISO 4217 currencies
 * @param notifyUrl where its delivery notifications go
 * @param appKeys fixed appKeys by env; an env without one gets a generated key
 */
public record NewApp(String appId, String appSecret, AppType type, String offerId, List<String> currencies,
		String notifyUrl, Map<Env, Secret> appKeys) {

	public NewApp {
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(appSecret, "appSecret");
		Objects.requireNonNull(type, "type");
		currencies = List.copyOf(currencies);
		Objects.requireNonNull(notifyUrl, "notifyUrl");
		appKeys = Map.copyOf(appKeys);
	}

	/** A mini game paying in USD. */
	public static NewApp miniGame(String appId, String appSecret, String notifyUrl) {
		return new NewApp(appId, appSecret, AppType.MINI_GAME, null, List.of("USD"), notifyUrl, Map.of());
	}

	/** A mini program paying in USD. */
	public static NewApp miniProgram(String appId, String appSecret, String offerId, String notifyUrl) {
		return new NewApp(appId, appSecret, AppType.MINI_PROGRAM, offerId, List.of("USD"), notifyUrl, Map.of());
	}

	/** The same app with these currencies enabled. */
	public NewApp withCurrencies(String... currencies) {
		return new NewApp(this.appId, this.appSecret, this.type, this.offerId, List.of(currencies), this.notifyUrl,
				this.appKeys);
	}

	/**
	 * The same app with a fixed appKey for an env (8-128 visible ASCII characters): what
	 * the key exchange will answer, across {@code /sandbox/reset} too if it is seeded.
	 */
	public NewApp withAppKey(Env env, String appKey) {
		Map<Env, Secret> keys = new LinkedHashMap<>(this.appKeys);
		keys.put(env, Secret.of(appKey));
		return new NewApp(this.appId, this.appSecret, this.type, this.offerId, this.currencies, this.notifyUrl, keys);
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appId", this.appId);
		body.put("appSecret", this.appSecret);
		body.put("type", this.type.wireName());
		if (this.offerId != null) {
			body.put("offerId", this.offerId);
		}
		body.put("currencies", this.currencies);
		body.put("notifyUrl", this.notifyUrl);
		if (!this.appKeys.isEmpty()) {
			Map<String, String> keys = new LinkedHashMap<>();
			this.appKeys.forEach((env, key) -> keys.put(Integer.toString(env.code()), key.reveal()));
			body.put("appKeys", keys);
		}
		return body;
	}

	@Override
	public String toString() {
		return "NewApp[" + this.appId + ", " + this.type.wireName() + ", fixed keys for envs "
				+ this.appKeys.keySet().stream().map(Env::code).sorted().toList() + "]";
	}

}
