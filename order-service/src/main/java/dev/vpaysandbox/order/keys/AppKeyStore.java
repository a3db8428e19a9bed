package dev.vpaysandbox.order.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;

import org.springframework.stereotype.Component;

/**
 * The appKeys of every configured app and env: the current key signs; verification also
 * accepts the previous key during the grace window after a rotation was seen. Keys come
 * from configuration or from the platform's key exchange, which is asked again
 * periodically and, rate-limited, when a signature fails to verify.
 */
@Component
public class AppKeyStore {

	private static final Logger log = LoggerFactory.getLogger(AppKeyStore.class);

	private final KeyRing ring;

	private final Verifier verifier;

	private final Clock clock;

	private final MerchantApps apps;

	private final KeyExchangeClient exchange;

	private final OrderServiceProperties.Keys settings;

	private final Map<String, Instant> lastFailureRefresh = new ConcurrentHashMap<>();

	AppKeyStore(Clock clock, MerchantApps apps, KeyExchangeClient exchange, OrderServiceProperties properties) {
		this.clock = clock;
		this.ring = new KeyRing(clock);
		this.verifier = new Verifier(this.ring, clock);
		this.apps = apps;
		this.exchange = exchange;
		this.settings = properties.keys();
		for (MerchantApp app : apps.all()) {
			app.fixedKeys().ifPresent((fixed) -> {
				this.ring.register(app.appId(), Env.PRODUCTION, fixed.production());
				this.ring.register(app.appId(), Env.SANDBOX, fixed.sandbox());
			});
		}
	}

	/**
	 * The key that signs for an (appId, env) now.
	 * @throws KeysUnavailableException before the key exchange has answered
	 */
	public Secret currentKey(String appId, Env env) {
		return this.ring.find(appId, env)
			.map((keys) -> keys.current().secret())
			.orElseThrow(() -> new KeysUnavailableException(appId, env));
	}

	/** Verifies a notification's PayEventSig with the current or previous key. */
	public Verification verifyPayEventSig(String appId, Env env, String event, String payload, String signature) {
		return this.verifier.payEventSig(appId, env, event, payload, signature);
	}

	/**
	 * After a signature failed to verify, asks the key exchange whether the platform has
	 * rotated, at most once per {@code min-refresh-interval} per (appId, env).
	 * @return whether a new key was installed (verify again)
	 */
	public boolean refreshAfterFailure(String appId, Env env) {
		Optional<MerchantApp> app = this.apps.find(appId);
		if (app.isEmpty() || app.get().fixedKeys().isPresent()) {
			return false;
		}
		Instant now = this.clock.instant();
		String id = appId + "/" + env.code();
		Instant previous = this.lastFailureRefresh.get(id);
		if (previous != null && now.isBefore(previous.plus(this.settings.minRefreshInterval()))) {
			return false;
		}
		if (!replaced(id, previous, now)) {
			return false;
		}
		try {
			return fetch(app.get(), env) == Change.ROTATED;
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("appId", appId)
				.addKeyValue("env", env.code())
				.addKeyValue("reason", ex.getMessage())
				.log("Key refresh after a failed verification did not succeed");
			return false;
		}
	}

	private boolean replaced(String id, Instant previous, Instant now) {
		return (previous == null) ? this.lastFailureRefresh.putIfAbsent(id, now) == null
				: this.lastFailureRefresh.replace(id, previous, now);
	}

	/**
	 * Asks the key exchange for every key this store does not take from configuration.
	 */
	void refreshAll() {
		for (MerchantApp app : exchangedApps()) {
			for (Env env : Env.values()) {
				fetch(app, env);
			}
		}
	}

	/** The (appId, env) pairs that have no key yet, e.g. {@code demo-minigame/0}. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (MerchantApp app : this.apps.all()) {
			for (Env env : Env.values()) {
				if (this.ring.find(app.appId(), env).isEmpty()) {
					missing.add(app.appId() + "/" + env.code());
				}
			}
		}
		return missing;
	}

	/** Fetches the keys still missing; those that fail stay missing. */
	void fetchMissing() {
		for (MerchantApp app : exchangedApps()) {
			for (Env env : Env.values()) {
				if (this.ring.find(app.appId(), env).isEmpty()) {
					fetch(app, env);
				}
			}
		}
	}

	private List<MerchantApp> exchangedApps() {
		return this.apps.all().stream().filter((app) -> app.fixedKeys().isEmpty()).toList();
	}

	private Change fetch(MerchantApp app, Env env) {
		ExchangedKey key = this.exchange.exchange(app, env);
		Change change = install(app.appId(), key);
		if (change != Change.UNCHANGED) {
			log.atInfo()
				.addKeyValue("appId", app.appId())
				.addKeyValue("env", env.code())
				.addKeyValue("version", key.version())
				.addKeyValue("change", change)
				.log("Installed appKey from the key exchange");
		}
		return change;
	}

	synchronized Change install(String appId, ExchangedKey exchanged) {
		Env env = exchanged.env();
		Optional<AppKeys> existing = this.ring.find(appId, env);
		if (existing.isEmpty()) {
			this.ring.put(new AppKeys(appId, env, new AppKey(env, exchanged.version(), exchanged.key()), null, null));
			return Change.INSTALLED;
		}
		AppKey current = existing.get().current();
		if (current.secret().equals(exchanged.key())) {
			return Change.UNCHANGED;
		}
		// The platform rotated: sign with the new key, keep verifying with the old one.
		int version = Math.max(exchanged.version(), current.version() + 1);
		Instant graceEnd = this.clock.instant().plus(this.settings.grace());
		this.ring.put(new AppKeys(appId, env, new AppKey(env, version, exchanged.key()), current, graceEnd));
		return Change.ROTATED;
	}

	/** The grace window during which a replaced key still verifies. */
	Duration grace() {
		return this.settings.grace();
	}

	/** What installing a key from the exchange did. */
	enum Change {

		INSTALLED, UNCHANGED, ROTATED

	}

}
