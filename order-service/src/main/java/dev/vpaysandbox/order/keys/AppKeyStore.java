package dev.vpaysandbox.order.keys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;

import org.springframework.stereotype.Component;

/**
 * The appKeys of every configured app and env: the current key signs; verification also
 * accepts the previous key exactly as long as the platform says it does (the platform
 * owns the grace window), and nothing the platform no longer accepts. Keys come from
 * configuration or from the platform's key exchange, which is asked again periodically
 * and, rate-limited, when a signature fails to verify or a notification arrives while the
 * keys were last confirmed longer ago than {@code min-refresh-interval}.
 */
@Component
public class AppKeyStore {

	private static final Logger log = LoggerFactory.getLogger(AppKeyStore.class);

	private final KeyRing ring;

	private final Verifier verifier;

	private final Clock clock;

	private final MerchantApps apps;

	private final KeyExchangeClient exchange;

	private final OnDemandRefreshes onDemand;

	AppKeyStore(Clock clock, MerchantApps apps, KeyExchangeClient exchange, OrderServiceProperties properties) {
		this.clock = clock;
		this.ring = new KeyRing(clock);
		this.verifier = new Verifier(this.ring, clock);
		this.apps = apps;
		this.exchange = exchange;
		this.onDemand = new OnDemandRefreshes(properties.keys().minRefreshInterval());
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
	 * @return whether the keys changed (verify again)
	 */
	public boolean refreshAfterFailure(String appId, Env env) {
		return askOnDemand(appId, env).filter((change) -> change != Change.UNCHANGED).isPresent();
	}

	/**
	 * Before a notification is trusted: asks the key exchange unless it answered within
	 * {@code min-refresh-interval}, so that a key the platform revoked (a rotation with
	 * no grace) stops verifying within that interval, not only at the next periodic
	 * refresh. Rate-limited like {@link #refreshAfterFailure}; if the exchange cannot be
	 * asked the keys stay as they are.
	 */
	public void refreshIfStale(String appId, Env env) {
		if (!this.onDemand.isFresh(id(appId, env), this.clock.instant())) {
			askOnDemand(appId, env);
		}
	}

	private Optional<Change> askOnDemand(String appId, Env env) {
		Optional<MerchantApp> app = this.apps.find(appId);
		if (app.isEmpty() || app.get().fixedKeys().isPresent()) {
			return Optional.empty();
		}
		if (!this.onDemand.tryAsk(id(appId, env), this.clock.instant())) {
			return Optional.empty();
		}
		try {
			return Optional.of(fetch(app.get(), env));
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("appId", appId)
				.addKeyValue("env", env.code())
				.addKeyValue("reason", ex.getMessage())
				.log("Key refresh asked for by a notification or a failed verification did not succeed");
			return Optional.empty();
		}
	}

	private static String id(String appId, Env env) {
		return appId + "/" + env.code();
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
		this.onDemand.confirmed(id(app.appId(), env), this.clock.instant());
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

	/**
	 * Makes the keys of (appId, env) exactly those the platform accepts: its current key,
	 * and its previous key only if it named one, until the end it named. A key it did not
	 * name stops verifying at once, whatever this store held before.
	 */
	synchronized Change install(String appId, ExchangedKey exchanged) {
		Optional<AppKeys> existing = this.ring.find(appId, exchanged.env());
		AppKeys accepted = exchanged.toAppKeys(appId);
		this.ring.put(accepted);
		if (existing.isEmpty()) {
			return Change.INSTALLED;
		}
		if (!existing.get().current().secret().equals(accepted.current().secret())) {
			return Change.ROTATED;
		}
		return samePrevious(existing.get(), accepted) ? Change.UNCHANGED : Change.PREVIOUS_CHANGED;
	}

	private static boolean samePrevious(AppKeys held, AppKeys accepted) {
		if (held.previous() == null || accepted.previous() == null) {
			return held.previous() == accepted.previous();
		}
		return held.previous().secret().equals(accepted.previous().secret())
				&& held.previousAcceptedUntil().equals(accepted.previousAcceptedUntil());
	}

	/** What installing a key from the exchange did. */
	enum Change {

		INSTALLED, UNCHANGED, ROTATED,

		/** Same current key; the previous key or the end of its window changed. */
		PREVIOUS_CHANGED

	}

}
