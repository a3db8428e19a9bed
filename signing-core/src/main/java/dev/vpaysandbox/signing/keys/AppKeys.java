package dev.vpaysandbox.signing.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * The keys of one (appId, env): the current key, which signs, and optionally the previous
 * key, which verifiers still accept until {@code previousAcceptedUntil} (the grace window
 * of a rotation). Immutable: {@link #rotate} returns a new value.
 *
 * @param appId the app
 * @param env the env
 * @param current the signing key
 * @param previous the key before the last rotation, or {@code null}
 * @param previousAcceptedUntil end of the grace window, or {@code null} without a
 * previous key
 */
public record AppKeys(String appId, Env env, AppKey current, AppKey previous, Instant previousAcceptedUntil) {

	public AppKeys {
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(env, "env");
		Objects.requireNonNull(current, "current");
		requireEnv(current, env);
		if ((previous == null) != (previousAcceptedUntil == null)) {
			throw new IllegalArgumentException("a previous key needs the end of its grace window, and only then");
		}
		if (previous != null) {
			requireEnv(previous, env);
			if (previous.version() >= current.version()) {
				throw new IllegalArgumentException("the previous key must be older than the current key");
			}
		}
	}

	/** The keys of an app that has never rotated. */
	public static AppKeys initial(String appId, Env env, Secret key) {
		return new AppKeys(appId, env, new AppKey(env, 1, key), null, null);
	}

	/**
	 * Replaces the current key; the old one stays accepted until {@code now + grace}.
	 * @throws IllegalArgumentException if {@code grace} is negative
	 */
	public AppKeys rotate(Secret next, Instant now, Duration grace) {
		if (grace.isNegative()) {
			throw new IllegalArgumentException("a grace window cannot be negative, was " + grace);
		}
		AppKey nextKey = new AppKey(this.env, this.current.version() + 1, next);
		return new AppKeys(this.appId, this.env, nextKey, this.current, now.plus(grace));
	}

	/** The keys a verifier accepts at {@code now}, current first. */
	public List<AppKey> acceptedAt(Instant now) {
		List<AppKey> accepted = new ArrayList<>(2);
		accepted.add(this.current);
		if (this.previous != null && now.isBefore(this.previousAcceptedUntil)) {
			accepted.add(this.previous);
		}
		return accepted;
	}

	/** The previous key once its grace window has ended: only a diagnosis uses it. */
	public Optional<AppKey> expiredPreviousAt(Instant now) {
		if (this.previous != null && !now.isBefore(this.previousAcceptedUntil)) {
			return Optional.of(this.previous);
		}
		return Optional.empty();
	}

	private static void requireEnv(AppKey key, Env env) {
		if (key.env() != env) {
			throw new IllegalArgumentException("key of env " + key.env() + " among keys of env " + env);
		}
	}

}
