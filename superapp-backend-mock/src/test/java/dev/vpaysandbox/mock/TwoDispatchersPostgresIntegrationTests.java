package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.testing.PostgresTestDatabase;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.vpaysandbox.mock.Waiting.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two mock instances on one PostgreSQL database, both dispatching (woken by their own
 * commits, and polling every 20 ms for each other's): every notification is delivered,
 * exactly once, and never in flight from both at the same time.
 */
class TwoDispatchersPostgresIntegrationTests {

	static final int PAYMENTS = 500;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() {
		PostgresTestDatabase.assumeAvailable();
		String url = PostgresTestDatabase.create("mock_two");
		first = start(url);
		second = start(url);
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { second, first }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void deliverEveryNotificationExactlyOnceAndNeverFromBothAtOnce() throws Exception {
		Sandbox one = sandbox(first);
		Sandbox two = sandbox(second);
		try (NotifyReceiver receiver = NotifyReceiver.start()) {
			String appId = one.newMiniGame(receiver.url());
			Session gamer = one.login(appId, "two-dispatchers");
			Secret appKey = one.appKey(appId, 0);
			List<PaymentCall> calls = new ArrayList<>();
			for (int i = 0; i < PAYMENTS; i++) {
				calls.add(Sandbox.purchase(gamer, appKey));
			}
			payThroughBoth(calls, one, two);

			List<Received> received = receiver.await(PAYMENTS, Duration.ofSeconds(90));
			JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
			waiting().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.queryForObject(
						"select count(*) from notification where app_id = ? and status = 'ACKED'", Integer.class,
						appId), (acked) -> acked == PAYMENTS);

			Map<String, Long> perOrder = receiver.received()
				.stream()
				.collect(Collectors.groupingBy(Received::outTradeNo, Collectors.counting()));
			assertThat(perOrder).hasSize(PAYMENTS);
			assertThat(perOrder.values()).as("each notification sent once").containsOnly(1L);
			assertThat(perOrder.keySet()).containsExactlyInAnyOrderElementsOf(
					calls.stream().map(PaymentCall::outTradeNo).collect(Collectors.toSet()));
			assertThat(receiver.overlapping()).isZero();
			assertThat(received).hasSize(PAYMENTS);
			assertThat(jdbc.queryForObject("select count(*) from payment where app_id = ? and status = 'DELIVERED'",
					Integer.class, appId))
				.isEqualTo(PAYMENTS);
			assertThat(jdbc.queryForList("select outcome, count(*) from notification_attempt a join notification n"
					+ " on n.id = a.notification_id where n.app_id = ? group by outcome", appId))
				.singleElement()
				.satisfies((row) -> assertThat(row).containsEntry("outcome", "ACKNOWLEDGED")
					.containsValue((long) PAYMENTS));
			assertThat(jdbc.queryForList("select distinct instance from notification_attempt a join notification n"
					+ " on n.id = a.notification_id where n.app_id = ?", String.class, appId))
				.as("both instances delivered")
				.hasSize(2);
		}
	}

	private static void payThroughBoth(List<PaymentCall> calls, Sandbox one, Sandbox two) {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < calls.size(); i++) {
				Sandbox via = (i % 2 == 0) ? one : two;
				PaymentCall call = calls.get(i);
				answers.add(CompletableFuture.supplyAsync(() -> via.pay(call).status(), pool));
			}
			assertThat(answers.stream().map(CompletableFuture::join)).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Sandbox sandbox(ConfigurableApplicationContext instance) {
		return new Sandbox(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
	}

	private static ConfigurableApplicationContext start(String url) {
		return SuperappBackendMockApplication.builder()
			.run("--spring.profiles.active=postgres", "--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + PostgresTestDatabase.user(),
					"--spring.datasource.password=" + PostgresTestDatabase.password(),
					"--spring.datasource.hikari.maximum-pool-size=10", "--vpay.mock.notify.poll-interval=20ms",
					"--logging.structured.format.console=", "--logging.level.dev.vpaysandbox=ERROR");
	}

}
