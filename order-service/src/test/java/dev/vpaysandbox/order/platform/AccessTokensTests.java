package dev.vpaysandbox.order.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** access_tokens are fetched once per app however many ask, and reused until they age. */
class AccessTokensTests {

	private static final MerchantApp APP = new MerchantApp("demo-minigame", Secret.of("demo-minigame-secret"),
			PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, null, Env.PRODUCTION, Optional.empty());

	private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

	private final PlatformHttp http = mock(PlatformHttp.class);

	private final AtomicInteger fetches = new AtomicInteger();

	private final AccessTokens tokens = new AccessTokens(this.http, this.clock);

	private final ExecutorService callers = Executors.newFixedThreadPool(8);

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	@Test
	void fetchesOnceForCallersAskingAtTheSameMoment() throws Exception {
		CountDownLatch answering = new CountDownLatch(1);
		given(this.http.get(anyString(), anyMap())).willAnswer((call) -> {
			answering.await(5, TimeUnit.SECONDS);
			return token("token-" + this.fetches.incrementAndGet());
		});
		List<Future<Secret>> asked = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			asked.add(this.callers.submit(() -> this.tokens.get(APP)));
		}
		Thread.sleep(200);
		answering.countDown();

		for (Future<Secret> answer : asked) {
			assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(Secret.of("token-1"));
		}
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void reusesATokenUntilFiveMinutesBeforeItExpires() {
		given(this.http.get(anyString(), anyMap()))
			.willAnswer((call) -> token("token-" + this.fetches.incrementAndGet()));

		Secret first = this.tokens.get(APP);
		this.clock.advance(Duration.ofSeconds(7200 - 300 - 1));
		Secret stillFirst = this.tokens.get(APP);
		this.clock.advance(Duration.ofSeconds(2));
		Secret second = this.tokens.get(APP);

		assertThat(first).isEqualTo(Secret.of("token-1")).isEqualTo(stillFirst);
		assertThat(second).isEqualTo(Secret.of("token-2"));
	}

	@Test
	void forgetsOnlyTheTokenThePlatformRefused() {
		given(this.http.get(anyString(), anyMap()))
			.willAnswer((call) -> token("token-" + this.fetches.incrementAndGet()));
		Secret first = this.tokens.get(APP);

		this.tokens.invalidate(APP, Secret.of("some-older-token"));
		assertThat(this.tokens.get(APP)).isEqualTo(first);
		this.tokens.invalidate(APP, first);

		assertThat(this.tokens.get(APP)).isEqualTo(Secret.of("token-2"));
	}

	private static PlatformHttp.Answer token(String value) {
		return new PlatformHttp.Answer(200,
				JsonMapper.builder()
					.build()
					.readTree("{\"errcode\":0,\"access_token\":\"" + value + "\",\"expires_in\":7200}"));
	}

}
