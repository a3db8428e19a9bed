package dev.vpaysandbox.order.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.TestProperties;
import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.TestMerchantApps;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppKeyStoreTests {

	private static final String EVENT = "minigame_game_pay_goods_deliver_notify";

	private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

	private final ScriptedExchange exchange = new ScriptedExchange();

	@Test
	void knowsNoKeyUntilTheExchangeAnswers() {
		AppKeyStore store = store(TestProperties.miniGame());

		assertThat(store.missing()).containsExactly("demo-minigame/0", "demo-minigame/1");
		assertThatExceptionOfType(KeysUnavailableException.class)
			.isThrownBy(() -> store.currentKey("demo-minigame", Env.PRODUCTION));

		this.exchange.answer("k0");
		store.fetchMissing();

		assertThat(store.missing()).isEmpty();
		assertThat(store.currentKey("demo-minigame", Env.PRODUCTION)).isEqualTo(Secret.of("k0"));
	}

	@Test
	void usesFixedKeysWithoutAskingTheExchange() {
		AppKeyStore store = store(TestProperties.miniProgramWithFixedKeys());

		assertThat(store.missing()).isEmpty();
		assertThat(store.currentKey("fixed-program", Env.SANDBOX)).isEqualTo(Secret.of("fixed-key-1"));
		store.refreshAll();
		assertThat(store.refreshAfterFailure("fixed-program", Env.PRODUCTION)).isFalse();
		assertThat(this.exchange.asked).isEmpty();
	}

	@Test
	void signsWithARotatedKeyAndVerifiesWithThePreviousUntilThePlatformsEnd() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("old");
		store.fetchMissing();
		Instant end = this.clock.instant().plus(Duration.ofMinutes(5));

		assertThat(store.install("demo-minigame", rotated("new", 2, "old", 1, end)))
			.isEqualTo(AppKeyStore.Change.ROTATED);

		assertThat(store.currentKey("demo-minigame", Env.PRODUCTION)).isEqualTo(Secret.of("new"));
		assertThat(verifies(store, "old")).isTrue();
		this.clock.advance(Duration.ofMinutes(5).minusNanos(1000));
		assertThat(verifies(store, "old")).isTrue();
		this.clock.advance(Duration.ofNanos(1000));
		assertThat(verifies(store, "old")).isFalse();
		assertThat(verifies(store, "new")).isTrue();
	}

	@Test
	void refusesTheOldKeyAtOnceWhenThePlatformNamesNoPreviousKey() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("leaked");
		store.fetchMissing();

		// an emergency rotation (graceSeconds 0): the exchange names no previous key
		store.install("demo-minigame", new ExchangedKey(Env.PRODUCTION, Secret.of("new"), 2));

		assertThat(verifies(store, "leaked")).isFalse();
		assertThat(verifies(store, "new")).isTrue();
	}

	@Test
	void stopsAcceptingThePreviousKeyWhenThePlatformEndsItsWindowEarly() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("old");
		store.fetchMissing();
		store.install("demo-minigame", rotated("new", 2, "old", 1, this.clock.instant().plus(Duration.ofHours(1))));

		assertThat(store.install("demo-minigame", new ExchangedKey(Env.PRODUCTION, Secret.of("new"), 2)))
			.isEqualTo(AppKeyStore.Change.PREVIOUS_CHANGED);

		assertThat(verifies(store, "old")).isFalse();
	}

	@Test
	void trustsOnlyThePreviousKeyThePlatformNamesNotTheOneItHeld() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("before-reset");
		store.fetchMissing();

		// the platform was reset (new keys, versions from 1) and rotated since
		store.install("demo-minigame",
				rotated("after-reset-2", 2, "after-reset-1", 1, this.clock.instant().plus(Duration.ofHours(1))));

		assertThat(verifies(store, "before-reset")).isFalse();
		assertThat(verifies(store, "after-reset-1")).isTrue();
	}

	@Test
	void learnsThePreviousKeyFromTheExchangeWhenItStartsInsideTheWindow() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("new",
				new ExchangedKey.Previous(Secret.of("old"), 1, this.clock.instant().plus(Duration.ofMinutes(1))));

		store.fetchMissing();

		assertThat(verifies(store, "old")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(verifies(store, "old")).isFalse();
	}

	@Test
	void asksTheExchangeBeforeANotificationOnlyWhenTheKeysWereNotConfirmedRecently() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("k1");
		store.fetchMissing();
		this.exchange.asked.clear();

		store.refreshIfStale("demo-minigame", Env.PRODUCTION);
		this.clock.advance(Duration.ofSeconds(29));
		store.refreshIfStale("demo-minigame", Env.PRODUCTION);
		assertThat(this.exchange.asked).isEmpty();

		this.clock.advance(Duration.ofSeconds(1));
		this.exchange.answer("k2");
		store.refreshIfStale("demo-minigame", Env.PRODUCTION);
		store.refreshIfStale("demo-minigame", Env.PRODUCTION);

		assertThat(this.exchange.asked).containsExactly("demo-minigame/0");
		assertThat(verifies(store, "k1")).isFalse();
		assertThat(verifies(store, "k2")).isTrue();
	}

	@Test
	void refreshesAfterAFailedVerificationAtMostOncePerInterval() {
		AppKeyStore store = store(TestProperties.miniGame());
		this.exchange.answer("k1");
		store.fetchMissing();
		this.exchange.asked.clear();
		this.exchange.answer("k2");

		assertThat(store.refreshAfterFailure("demo-minigame", Env.PRODUCTION)).isTrue();
		assertThat(store.refreshAfterFailure("demo-minigame", Env.PRODUCTION)).isFalse();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(store.refreshAfterFailure("demo-minigame", Env.PRODUCTION)).isFalse();

		assertThat(this.exchange.asked).hasSize(2);
	}

	private static ExchangedKey rotated(String key, int version, String previous, int previousVersion, Instant end) {
		return new ExchangedKey(Env.PRODUCTION, Secret.of(key), version,
				new ExchangedKey.Previous(Secret.of(previous), previousVersion, end));
	}

	private boolean verifies(AppKeyStore store, String key) {
		String payload = "{\"OutTradeNo\":\"x\"}";
		return store
			.verifyPayEventSig("demo-minigame", Env.PRODUCTION, EVENT, payload,
					Signatures.payEventSig(Secret.of(key), EVENT, payload))
			.isValid();
	}

	private AppKeyStore store(OrderServiceProperties.App app) {
		OrderServiceProperties properties = TestProperties.with(app);
		return new AppKeyStore(this.clock, TestMerchantApps.of(properties), this.exchange, properties);
	}

	/**
	 * A key exchange that answers the same keys for every app and env, and notes the
	 * calls.
	 */
	private static final class ScriptedExchange extends KeyExchangeClient {

		private final List<String> asked = new ArrayList<>();

		private String key;

		private int version;

		private ExchangedKey.Previous previous;

		ScriptedExchange() {
			super(null);
		}

		void answer(String key) {
			answer(key, null);
		}

		/** Answers this key, a version higher, and this previous key (or none). */
		void answer(String key, ExchangedKey.Previous previous) {
			this.key = key;
			this.previous = previous;
			this.version = Math.max(this.version, (previous != null) ? previous.version() : 0) + 1;
		}

		@Override
		ExchangedKey exchange(MerchantApp app, Env env) {
			this.asked.add(app.appId() + "/" + env.code());
			if (this.key == null) {
				throw new IllegalStateException("the exchange is down");
			}
			return new ExchangedKey(env, Secret.of(this.key), this.version, this.previous);
		}

	}

}
