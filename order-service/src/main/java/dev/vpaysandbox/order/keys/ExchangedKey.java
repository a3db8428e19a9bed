package dev.vpaysandbox.order.keys;

import java.time.Instant;
import java.util.Objects;

import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * The keys of an (appId, env) the platform accepts now, as the key exchange answered: the
 * current key and, while its grace window lasts, the previous one.
 *
 * @param env the env
 * @param key the current key's text
 * @param version the platform's version number of the current key
 * @param previous the previous key while the platform still accepts it, or {@code null}
 */
record ExchangedKey(Env env, Secret key, int version, Previous previous) {

	ExchangedKey {
		Objects.requireNonNull(env, "env");
		Objects.requireNonNull(key, "key");
		if (previous != null && previous.version() >= version) {
			throw new IllegalArgumentException("the previous key must be older than the current key");
		}
	}

	/** The current key alone: the app never rotated, or the platform ended the grace. */
	ExchangedKey(Env env, Secret key, int version) {
		this(env, key, version, null);
	}

	/** These keys as signing-core holds them: exactly what the platform accepts. */
	AppKeys toAppKeys(String appId) {
		AppKey current = new AppKey(this.env, this.version, this.key);
		if (this.previous == null) {
			return new AppKeys(appId, this.env, current, null, null);
		}
		return new AppKeys(appId, this.env, current, new AppKey(this.env, this.previous.version(), this.previous.key()),
				this.previous.acceptedUntil());
	}

	/**
	 * The key a rotation replaced, which the platform accepts until
	 * {@code acceptedUntil}.
	 *
	 * @param key the key's text
	 * @param version its version
	 * @param acceptedUntil the end of its grace window (exclusive), as the platform set
	 * it
	 */
	record Previous(Secret key, int version, Instant acceptedUntil) {

		Previous {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(acceptedUntil, "acceptedUntil");
		}

	}

}
