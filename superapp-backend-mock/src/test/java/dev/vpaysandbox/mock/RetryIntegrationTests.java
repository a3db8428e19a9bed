package dev.vpaysandbox.mock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;

import static dev.vpaysandbox.mock.Waiting.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification the receiver does not acknowledge is retried on the protocol's schedule
 * to the end, then dies and can be redelivered by hand; an attempt whose instance died is
 * retried once its lease expires. The clock stands still unless a test moves it, so every
 * retry is made exactly when the test says.
 */
class RetryIntegrationTests extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

	static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
			Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
			Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60),
			Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));

	@Test
	void aReceiverThatFailsTwiceThenSucceedsGetsExactlyThreeAttempts() {
		this.receiver.answer((request) -> switch (request.index()) {
			case 0 -> Reply.status(200, "{\"returnCode\":\"1\",\"returnMessage\":\"busy\"}");
			case 1 -> Reply.status(200, "{\"returnCode\":0}");
			default -> Reply.success();
		});
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call);

		this.receiver.await(1, WAIT);
		awaitAttempts(call, 1, "READY");
		this.clock.advance(Duration.ofSeconds(15));
		this.receiver.await(2, WAIT);
		awaitAttempts(call, 2, "READY");
		this.clock.advance(Duration.ofSeconds(15));
		this.receiver.await(3, WAIT);
		JsonNode notification = awaitStatus(call, "ACKED");

		this.clock.advance(Duration.ofHours(7));
		waiting().during(Duration.ofMillis(500)).until(() -> this.receiver.received().size() == 3);
		JsonNode attempts = notification.get("attempts");
		assertThat(attempts.findValuesAsString("outcome")).containsExactly("REFUSED", "REFUSED", "ACKNOWLEDGED");
		assertThat(attempts.get(0).get("error").stringValue()).isEqualTo("returnCode is \"1\"");
		assertThat(attempts.get(1).get("error").stringValue())
			.isEqualTo("returnCode is the JSON number 0, not the string \"0\"");
	}

	@Test
	void retriesOnTheProtocolsScheduleThenDiesAndCanBeRedeliveredByHand() {
		this.receiver.answer((request) -> Reply.status(503, "{\"returnCode\":\"503\"}"));
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call);

		for (int attempt = 1; attempt <= SCHEDULE.size(); attempt++) {
			this.receiver.await(attempt, WAIT);
			JsonNode notification = awaitAttempts(call, attempt, "READY");
			Instant last = Instant.parse(notification.get("lastAttemptAt").stringValue());
			Instant next = Instant.parse(notification.get("nextAttemptAt").stringValue());
			assertThat(Duration.between(last, next)).as("wait after attempt %d", attempt)
				.isEqualTo(SCHEDULE.get(attempt - 1));
			this.clock.advance(SCHEDULE.get(attempt - 1));
		}
		this.receiver.await(16, WAIT);
		JsonNode dead = awaitStatus(call, "DEAD");
		assertThat(dead.get("attemptCount").intValue()).isEqualTo(16);
		assertThat(dead.get("paymentStatus").stringValue()).isEqualTo("DELIVERING");
		this.clock.advance(Duration.ofDays(2));
		waiting().during(Duration.ofMillis(500)).until(() -> this.receiver.received().size() == 16);
		JsonNode listed = this.sandbox.admin("GET", "/sandbox/notifications/dead?appId=" + this.appId, null).json();
		assertThat(listed.findValuesAsString("outTradeNo")).containsExactly(call.outTradeNo());

		this.receiver.answer((request) -> Reply.success());
		Response redelivered = this.sandbox.admin("POST",
				"/sandbox/notifications/" + dead.get("notificationId").longValue() + "/redeliver", null);
		assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(202);
		this.receiver.await(17, WAIT);
		JsonNode acked = awaitStatus(call, "ACKED");
		assertThat(acked.get("attempts").get(16).get("kind").stringValue()).isEqualTo("MANUAL");
		assertThat(acked.get("paymentStatus").stringValue()).isEqualTo("DELIVERED");
	}

	@Test
	void retriesTheAttemptOfAnInstanceThatCrashedOnceItsLeaseExpires() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		String paymentId = this.sandbox.pay(call, Sandbox.SCENARIO, "delay=1h").header("X-Sandbox-Payment-Id");
		Instant now = this.clock.instant();
		// as an instance that claimed the notification and then died would leave it
		int claimed = this.jdbc.update(
				"update notification set status = 'IN_FLIGHT', attempts = 1, lease_owner = 'crashed-instance',"
						+ " lease_until = ?, next_attempt_at = ?, version = version + 1 where payment_id = ?",
				Timestamp.from(now.plusSeconds(30)), Timestamp.from(now), paymentId);
		assertThat(claimed).isEqualTo(1);

		waiting().during(Duration.ofMillis(500)).until(() -> this.receiver.received().isEmpty());
		this.clock.advance(Duration.ofSeconds(30));
		this.receiver.await(1, WAIT);
		JsonNode notification = awaitStatus(call, "ACKED");
		JsonNode attempts = notification.get("attempts");
		assertThat(attempts.findValuesAsString("outcome")).containsExactly("LEASE_EXPIRED", "ACKNOWLEDGED");
		assertThat(attempts.get(0).get("instance").stringValue()).isEqualTo("crashed-instance");
		assertThat(attempts.get(1).get("attempt").intValue()).isEqualTo(2);
		assertThat(attempts.get(1).get("instance").stringValue()).isNotEqualTo("crashed-instance");
	}

}
