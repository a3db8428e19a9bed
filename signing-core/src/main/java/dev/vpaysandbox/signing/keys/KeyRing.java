package dev.vpaysandbox.signing.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * An in-memory, thread-safe key source: the appKeys of many apps per env, with rotation
 * whose grace window is measured by the ring's {@link Clock}.
 */
public final class KeyRing implements KeySource {

	private final Map<Id, AppKeys> keys = new ConcurrentHashMap<>();

	private final Clock clock;

	public KeyRing(Clock clock) {
		this.clock = clock;
	}

	/** Adds or replaces all keys of an (appId, env), e.g. as loaded from storage. */
	public void put(AppKeys appKeys) {
		this.keys.put(new Id(appKeys.appId(), appKeys.env()), appKeys);
	}

	/** Registers the first key of an (appId, env), replacing whatever was there. */
	public AppKeys register(String appId, Env env, Secret key) {
		AppKeys initial = AppKeys.initial(appId, env, key);
		put(initial);
		return initial;
	}

	/**
	 * Makes {@code next} the current key; the old key stays accepted for {@code grace}.
	 * @throws IllegalStateException if the (appId, env) has no key yet
	 */
	public AppKeys rotate(String appId, Env env, Secret next, Duration grace) {
		return this.keys.compute(new Id(appId, env), (id, existing) -> {
			if (existing == null) {
				throw new IllegalStateException("no key to rotate for app " + appId + " env " + env.code());
			}
			return existing.rotate(next, this.clock.instant(), grace);
		});
	}

	@Override
	public Optional<AppKeys> find(String appId, Env env) {
		return Optional.ofNullable(this.keys.get(new Id(appId, env)));
	}

	/** The clock that decides whether a previous key is still in its grace window. */
	public Clock clock() {
		return this.clock;
	}

	private record Id(String appId, Env env) {
	}

}
