package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.Optional;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * What the key exchange hands an app's backend: the current appKey of an env, and the key
 * the last rotation replaced while the platform still accepts it. Keys are
 * {@link Secret}s, which never print themselves.
 *
 * @param appId the app
 * @param env the env
 * @param appKey the current key, which signs
 * @param version its version, 1 until the first rotation
 * @param previous the replaced key while its grace window lasts, or {@code null}
 */
public record ExchangedKey(String appId, Env env, Secret appKey, int version, PreviousKey previous) {

	/** The replaced key, if the platform still accepts it. */
	public Optional<PreviousKey> previousKey() {
		return Optional.ofNullable(this.previous);
	}

	/**
	 * A key a rotation replaced, accepted until {@code acceptedUntil} (exclusive).
	 *
	 * @param version its version
	 * @param appKey the key
	 * @param acceptedUntil the end of its grace window
	 */
	public record PreviousKey(int version, Secret appKey, Instant acceptedUntil) {
	}

	record Wire(String appId, int env, String appKey, int version, PreviousWire previous) {

		ExchangedKey toKey() {
			PreviousKey previousKey = (this.previous != null && this.previous.appKey() != null) ? new PreviousKey(
					this.previous.version(), Secret.of(this.previous.appKey()), this.previous.acceptedUntil()) : null;
			return new ExchangedKey(this.appId, Env.of(this.env), Secret.of(this.appKey), this.version, previousKey);
		}

	}

	record PreviousWire(int version, String appKey, Instant acceptedUntil) {
	}

}
