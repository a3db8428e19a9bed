package dev.vpaysandbox.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.NotifyReceiver.Reply;

import org.springframework.context.ConfigurableApplicationContext;

import static dev.vpaysandbox.mock.Waiting.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher on the real clock with the schedule scaled by 0.0001 and polling only
 * every ten minutes: whatever arrives sooner was woken by a commit or by a retry's own
 * timer. The whole schedule then runs in under nine seconds.
 */
class RealTimeDeliveryIntegrationTests {

	static final double TIME_SCALE = 0.0001;

	static ConfigurableApplicationContext mock;

	static Sandbox sandbox;

	NotifyReceiver receiver;

	Session gamer;

	@BeforeAll
	static void start() {
		mock = SuperappBackendMockApplication.builder()
			.run("--server.port=0",
					"--spring.datasource.url=jdbc:h2:mem:realtime-" + System.nanoTime()
							+ ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"--vpay.mock.notify.time-scale=" + TIME_SCALE, "--vpay.mock.notify.poll-interval=10m",
					"--logging.structured.format.console=", "--logging.level.dev.vpaysandbox=ERROR");
		sandbox = new Sandbox(Integer.parseInt(mock.getEnvironment().getProperty("local.server.port")));
	}

	@AfterAll
	static void stop() {
		if (mock != null) {
			mock.close();
		}
	}

	@BeforeEach
	void openShop() {
		this.receiver = NotifyReceiver.start();
		this.gamer = sandbox.login(sandbox.newMiniGame(this.receiver.url()), Sandbox.newUser());
	}

	@AfterEach
	void closeShop() {
		this.receiver.close();
	}

	@Test
	void notifiesWithinMillisecondsOfThePaymentThoughNothingPolls() {
		PaymentCall call = sandbox.purchase(this.gamer);
		String paymentId = sandbox.pay(call).header("X-Sandbox-Payment-Id");
		this.receiver.await(1, Duration.ofSeconds(5));
		JsonNode payment = waiting().until(() -> sandbox.admin("GET", "/sandbox/payments/" + paymentId, null).json(),
				(found) -> found.get("status").stringValue().equals("DELIVERED"));
		Instant paid = Instant.parse(payment.get("paidAt").stringValue());
		Instant sent = Instant.parse(payment.get("notification").get("attempts").get(0).get("startedAt").stringValue());
		assertThat(Duration.between(paid, sent)).as("woken by the commit, not by a poll ten minutes away")
			.isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void runsTheWholeScaledScheduleThenTheNotificationIsDead() {
		this.receiver.answer((request) -> Reply.status(500, "oops"));
		PaymentCall call = sandbox.purchase(this.gamer);
		long start = System.nanoTime();
		sandbox.pay(call);

		this.receiver.await(16, Duration.ofSeconds(40));
		JsonNode dead = waiting().until(() -> notification(call),
				(found) -> found.get("status").stringValue().equals("DEAD"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		List<Instant> started = new ArrayList<>();
		dead.get("attempts").forEach((attempt) -> started.add(Instant.parse(attempt.get("startedAt").stringValue())));
		assertThat(started).hasSize(16);
		for (int i = 1; i < started.size(); i++) {
			Duration scaled = Duration
				.ofNanos((long) (RetryIntegrationTests.SCHEDULE.get(i - 1).toNanos() * TIME_SCALE));
			assertThat(Duration.between(started.get(i - 1), started.get(i))).as("wait before attempt %d", i + 1)
				.isGreaterThanOrEqualTo(scaled);
		}
		waiting().during(Duration.ofMillis(300)).until(() -> this.receiver.received().size() == 16);
	}

	@Test
	void aReceiverThatFailsTwiceThenSucceedsGetsExactlyThreeAttempts() {
		this.receiver.answer((request) -> (request.index() < 2) ? Reply.status(503, "busy") : Reply.success());
		PaymentCall call = sandbox.purchase(this.gamer);
		sandbox.pay(call);

		this.receiver.await(3, Duration.ofSeconds(10));
		JsonNode acked = waiting().until(() -> notification(call),
				(found) -> found.get("status").stringValue().equals("ACKED"));
		assertThat(acked.get("attempts").findValuesAsString("outcome")).containsExactly("REFUSED", "REFUSED",
				"ACKNOWLEDGED");
		waiting().during(Duration.ofMillis(300)).until(() -> this.receiver.received().size() == 3);
	}

	private static JsonNode notification(PaymentCall call) {
		return sandbox.admin("GET", "/sandbox/notifications?outTradeNo=" + call.outTradeNo(), null).json().get(0);
	}

}
