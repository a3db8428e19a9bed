package dev.vpaysandbox.order.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SessionSignatureVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user logs in several times at once (two tabs, a retry): whichever login the
 * platform answered last, order-service must sign with the session_key the platform
 * issued last, which is the only one it accepts.
 */
class ConcurrentLoginIntegrationTests extends OrderServiceIntegrationTest {

	private static final int LOGINS = 5;

	private static final String APP = "demo-minigame";

	@AfterEach
	void answerLoginsAtOnceAgain() {
		platform.delayLoginAnswers(null);
	}

	@Test
	void signsWithThePlatformsCurrentSessionKeyAfterParallelLoginsAnsweredInReverseOrder() throws Exception {
		String userId = newUserId();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < LOGINS; i++) {
			codes.add(platform.login(APP, userId));
		}
		// the session issued first is answered last: the network reorders the answers
		platform.delayLoginAnswers((issued) -> Duration.ofMillis(80L * (LOGINS - 1 - Math.min(issued, LOGINS - 1))));

		List<TestApi.Response> logins = loginAtOnce(codes);

		assertThat(logins).allSatisfy((login) -> assertThat(login.status()).as(login.body()).isEqualTo(200));
		for (TestApi.Response login : logins) {
			String token = login.json().path("token").asString();
			JsonNode order = this.api
				.order(new TestApi.User(APP, userId, token, login.json().path("openid").asString()), "sword", 1);
			assertThat(SessionSignatureVerifier
				.verify(order.path("signData").asString(), order.path("signature").asString(),
						platform.sessionKey(APP, userId), List.of(), PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM)
				.isValid()).as("signed with the platform's current session_key").isTrue();
		}
	}

	private List<TestApi.Response> loginAtOnce(List<String> codes) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(codes.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<CompletableFuture<TestApi.Response>> answers = new ArrayList<>();
			for (String code : codes) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return this.api.post("/api/login", "{\"code\":\"" + code + "\",\"appId\":\"" + APP + "\"}", null);
				}, pool));
			}
			start.countDown();
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
