package dev.vpaysandbox.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.vpaysandbox.mock.MockHttp.Response;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends one signed payment call many times at once and checks that exactly one is
 * accepted: the database's unique constraint, not a prior look-up, decides.
 */
final class OutTradeNoRace {

	private OutTradeNoRace() {
	}

	static void runAndVerify(Sandbox sandbox, JdbcTemplate jdbc, int calls) throws InterruptedException {
		PaymentCall call = sandbox.purchase(sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser()));
		ExecutorService pool = Executors.newFixedThreadPool(calls);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<CompletableFuture<Response>> answers = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return sandbox.pay(call);
				}, pool));
			}
			start.countDown();
			List<Response> responses = answers.stream().map(CompletableFuture::join).toList();
			assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(1);
			assertThat(responses).filteredOn((response) -> response.status() != 200).allSatisfy((response) -> {
				assertThat(response.status()).as(response.toString()).isEqualTo(409);
				assertThat(response.json().get("errCode").intValue()).isIn(-15003, -15007);
			});
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
		assertThat(jdbc.queryForObject("select count(*) from payment where out_trade_no = ?", Integer.class,
				call.outTradeNo()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from notification n join payment p on p.id = n.payment_id where p.out_trade_no = ?",
				Integer.class, call.outTradeNo()))
			.isEqualTo(1);
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
