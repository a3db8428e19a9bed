package dev.vpaysandbox.mock.apps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.mock.system.ReferenceData;
import dev.vpaysandbox.mock.system.SecureRandoms;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.KeySource;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appKeys of every app, from the database: the key source of signing-core's verifier,
 * key exchange for an app's backend, and rotation with a grace window.
 */
@Service
public class AppKeyStore implements KeySource {

	private static final int KEY_LENGTH = 32;

	private final AppKeyRepository keys;

	private final Clock clock;

	private final ReferenceData referenceData;

	private final ReferenceData.Cache<KeyRing, AppKeys> cached;

	AppKeyStore(AppKeyRepository keys, Clock clock, ReferenceData referenceData) {
		this.keys = keys;
		this.clock = clock;
		this.referenceData = referenceData;
		this.cached = referenceData.cache();
	}

	/**
	 * The keys of (appId, env), from memory while they are unchanged
	 * ({@link ReferenceData}).
	 */
	@Override
	public Optional<AppKeys> find(String appId, Env env) {
		return this.cached.get(new KeyRing(appId, env), () -> load(appId, env));
	}

	private Optional<AppKeys> load(String appId, Env env) {
		List<StoredAppKey> newest = this.keys.findTop2ByAppIdAndEnvOrderByVersionDesc(appId, env);
		if (newest.isEmpty()) {
			return Optional.empty();
		}
		AppKey current = newest.get(0).toAppKey();
		if (newest.size() < 2 || newest.get(1).acceptedUntil() == null) {
			return Optional.of(new AppKeys(appId, env, current, null, null));
		}
		StoredAppKey previous = newest.get(1);
		return Optional.of(new AppKeys(appId, env, current, previous.toAppKey(), previous.acceptedUntil()));
	}

	/** Every key version of an app, without the keys themselves. */
	@Transactional(readOnly = true)
	public List<KeyVersion> versions(String appId) {
		return this.keys.findByAppIdOrderByEnvAscVersionAsc(appId)
			.stream()
			.map((key) -> new KeyVersion(key.toAppKey().env().code(), key.version(), key.createdAt(),
					key.acceptedUntil()))
			.toList();
	}

	/**
	 * Makes a new key current for (appId, env); the old one stays accepted for
	 * {@code grace}, and any older key stops being accepted now.
	 * @throws IllegalStateException if the app has no key in that env
	 */
	@Transactional
	public AppKeys rotate(String appId, Env env, Duration grace) {
		return rotateTo(appId, env, newKey(), grace);
	}

	/**
	 * Makes a configured key current for (appId, env) unless it is already, rotating the
	 * old one out with {@code grace}; answers whether it changed anything.
	 */
	@Transactional
	public boolean makeCurrent(String appId, Env env, Secret key, Duration grace) {
		Optional<AppKey> current = this.keys.findTop2ByAppIdAndEnvOrderByVersionDesc(appId, env)
			.stream()
			.findFirst()
			.map(StoredAppKey::toAppKey);
		if (current.isEmpty() || current.get().secret().equals(key)) {
			return false;
		}
		rotateTo(appId, env, key.reveal(), grace);
		return true;
	}

	private AppKeys rotateTo(String appId, Env env, String key, Duration grace) {
		this.referenceData.changed();
		Instant now = this.clock.instant();
		List<StoredAppKey> newest = this.keys.findTop2ByAppIdAndEnvOrderByVersionDesc(appId, env);
		if (newest.isEmpty()) {
			throw new IllegalStateException("app " + appId + " has no key in env " + env.code());
		}
		StoredAppKey current = newest.get(0);
		if (newest.size() > 1) {
			newest.get(1).acceptUntil(now);
		}
		current.acceptUntil(now.plus(grace));
		this.keys.saveAndFlush(new StoredAppKey(appId, env, current.version() + 1, key, now));
		return find(appId, env).orElseThrow();
	}

	/** Version 1 of both envs' keys for a new app: the fixed ones, others generated. */
	void createInitialKeys(String appId, FixedAppKeys fixed) {
		this.referenceData.changed();
		Instant now = this.clock.instant();
		for (Env env : Env.values()) {
			String key = fixed.of(env).map(Secret::reveal).orElseGet(AppKeyStore::newKey);
			this.keys.save(new StoredAppKey(appId, env, 1, key, now));
		}
	}

	/** The current key of (appId, env): what key exchange hands to the app's backend. */
	public Optional<AppKey> current(String appId, Env env) {
		return find(appId, env).map(AppKeys::current);
	}

	private static String newKey() {
		return SecureRandoms.alphanumeric(KEY_LENGTH);
	}

	private record KeyRing(String appId, Env env) {
	}

	/**
	 * One key version, without the key.
	 *
	 * @param env the env
	 * @param version the version
	 * @param createdAt when it was generated
	 * @param acceptedUntil end of its grace window once rotated out, or {@code null}
	 */
	public record KeyVersion(int env, int version, Instant createdAt, Instant acceptedUntil) {
	}

}
