package dev.vpaysandbox.order.apps;

import java.util.Objects;
import java.util.Optional;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * An app this backend sells for: its credentials, the JS API it pays with, and the env
 * its orders pay in.
 *
 * @param appId the app
 * @param secret its appSecret (never printed)
 * @param method the JS API, which decides paySig's method and the notification Event
 * @param offerId the payment account (mini programs), or {@code null}
 * @param env the env new orders pay in
 * @param fixedKeys keys from configuration, or empty when they come from the key exchange
 */
public record MerchantApp(String appId, Secret secret, PayMethod method, String offerId, Env env,
		Optional<FixedKeys> fixedKeys) {

	public MerchantApp {
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(secret, "secret");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(env, "env");
		Objects.requireNonNull(fixedKeys, "fixedKeys");
	}

	/**
	 * The {@code mode} passed to the JS API: {@code goods} inside a mini game's signData,
	 * {@code short_series_goods} beside a mini program's.
	 */
	public String mode() {
		return this.method.isMiniGame() ? "goods" : "short_series_goods";
	}

	/**
	 * The appKeys given in configuration.
	 *
	 * @param production the env 0 key
	 * @param sandbox the env 1 key
	 */
	public record FixedKeys(Secret production, Secret sandbox) {

		/** The key of an env. */
		public Secret of(Env env) {
			return (env == Env.PRODUCTION) ? this.production : this.sandbox;
		}

	}

}
