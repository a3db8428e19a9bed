package dev.vpaysandbox.mock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;
import dev.vpaysandbox.mock.Sandbox.PaymentCall;
import dev.vpaysandbox.mock.Sandbox.Session;
import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.vpaysandbox.mock.Waiting.waiting;

/**
 * Delivery notifications end to end, against a local receiver: the envelope and its
 * signature, payment status 3 then 4, the retry schedule to the end and redelivery by
 * hand. The clock stands still unless a test moves it, so every retry is made exactly
 * when the test says.
 */
class DeliveryIntegrationTests extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

	static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
			Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
			Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60),
			Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));

	@Autowired
	MockProperties properties;

	@Test
	void sendsTheSpecsEnvelopeSignedWithTheEnvsAppKeyAsAnIndependentHmacConfirms() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "sword", 199, 2, Env.PRODUCTION);
		this.sandbox.pay(call);

		Received received = this.receiver.await(1, WAIT).get(0);
		assertThat(received.contentType()).startsWith("application/json");
		JsonNode envelope = received.envelope();
		assertThat(envelope.propertyNames()).containsExactly("EventType", "Event", "PayModel", "Payload",
				"PayEventSig");
		assertThat(envelope.get("EventType").stringValue()).isEqualTo("event");
		assertThat(envelope.get("Event").stringValue()).isEqualTo("minigame_game_pay_goods_deliver_notify");
		assertThat(envelope.get("PayModel").stringValue()).isEqualTo("goods");
		assertThat(received.payloadText())
			.isEqualTo("{\"OpenId\":\"" + this.gamer.openid() + "\",\"Env\":\"0\",\"OutTradeNo\":\"" + call.outTradeNo()
					+ "\",\"GoodsInfo\":{\"ProductId\":\"sword\","
					+ "\"Quantity\":2,\"ZoneId\":\"1\",\"OrigPrice\":398,\"ActualPrice\":398,\"Attach\":\"attach-1\","
					+ "\"OrderSource\":1}}");
		String key = this.sandbox.appKey(this.appId, 0).reveal();
		assertThat(envelope.get("PayEventSig").stringValue())
			.isEqualTo(IndependentHmac.hex(key, "minigame_game_pay_goods_deliver_notify&" + received.payloadText()));

		JsonNode notification = awaitStatus(call, "ACKED");
		assertThat(notification.get("paymentStatus").stringValue()).isEqualTo("DELIVERED");
		JsonNode attempt = notification.get("attempts").get(0);
		assertThat(attempt.get("outcome").stringValue()).isEqualTo("ACKNOWLEDGED");
		assertThat(attempt.get("httpStatus").intValue()).isEqualTo(200);
		assertThat(attempt.get("latencyMs").longValue()).isNotNegative();
		assertThat(attempt.get("keyUsed").stringValue()).isEqualTo("env 0 v1");
		assertThat(attempt.get("response")).isEqualTo(MockHttp.JSON.readTree(NotifyReceiver.SUCCESS));
		JsonNode recorded = attempt.get("request");
		assertThat(recorded.get("Payload").stringValue()).isEqualTo(received.payloadText());
		assertThat(recorded.get("PayEventSig").stringValue())
			.isEqualTo(envelope.get("PayEventSig").stringValue().substring(0, 8) + "…");
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(4);
	}

	@Test
	void notifiesAMiniProgramWithItsEventAndTheSandboxEnvsKey() {
		String program = this.sandbox.newMiniProgram(this.receiver.url());
		Session buyer = this.sandbox.login(program, Sandbox.newUser());
		PaymentCall call = this.sandbox.purchase(buyer, "sword", 199, 1, Env.SANDBOX);
		this.sandbox.pay(call);

		Received received = this.receiver.await(1, WAIT).get(0);
		assertThat(received.envelope().get("Event").stringValue()).isEqualTo("xpay_goods_deliver_notify");
		assertThat(received.payload().get("Env").stringValue()).isEqualTo("1");
		assertThat(received.envelope().get("PayEventSig").stringValue()).isEqualTo(IndependentHmac
			.hex(this.sandbox.appKey(program, 1).reveal(), "xpay_goods_deliver_notify&" + received.payloadText()));
	}

	@Test
	void answersThePaymentCallFirstAndShowsStatusThreeUntilTheReceiverAcknowledges() {
		CountDownLatch release = new CountDownLatch(1);
		this.receiver.answer((request) -> Reply.successAfter(release));
		PaymentCall call = this.sandbox.purchase(this.gamer);

		long start = System.nanoTime();
		Response paid = this.sandbox.pay(call);
		Duration payCall = Duration.ofNanos(System.nanoTime() - start);
		assertThat(paid.status()).isEqualTo(200);
		this.receiver.await(1, WAIT);
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(3);
		assertThat(this.sandbox.notificationOf(paid.header("X-Sandbox-Payment-Id")).get("status").stringValue())
			.isEqualTo("IN_FLIGHT");

		release.countDown();
		JsonNode notification = awaitStatus(call, "ACKED");
		assertThat(notification.get("attempts").get(0).get("outcome").stringValue()).isEqualTo("ACKNOWLEDGED");
		// had the payment call waited for the receiver, the attempt would have timed out
		assertThat(payCall).as("the payment call did not wait for the receiver").isLessThan(Duration.ofSeconds(3));
		JsonNode order = this.sandbox.order(this.gamer, call.outTradeNo(), 0);
		assertThat(order.get("status").intValue()).isEqualTo(4);
		assertThat(order.get("provide_time").longValue()).isEqualTo(this.clock.instant().getEpochSecond());
	}

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

	@Test
	void aReceiverThatNeverAnswersTimesOutWithoutDelayingAnotherApp() {
		CountDownLatch never = new CountDownLatch(1);
		this.receiver.answer((request) -> Reply.successAfter(never));
		try (NotifyReceiver quick = NotifyReceiver.start()) {
			String otherApp = this.sandbox.newMiniGame(quick.url());
			Session other = this.sandbox.login(otherApp, Sandbox.newUser());
			int perApp = this.properties.notifications().maxInFlightPerApp();
			for (int i = 0; i < perApp + 2; i++) {
				this.sandbox.pay(this.sandbox.purchase(this.gamer));
			}
			this.receiver.await(perApp, WAIT);
			this.sandbox.pay(this.sandbox.purchase(other));
			quick.await(1, WAIT);
			JsonNode slow = this.sandbox.notifications(this.appId);
			assertThat(slow.findValuesAsString("status")).as("the other app was notified while these were open")
				.filteredOn("IN_FLIGHT"::equals)
				.hasSize(perApp);
			assertThat(slow.findValues("attempts")).allMatch(JsonNode::isEmpty);
			assertThat(this.receiver.received()).as("at most " + perApp + " attempts of one app in flight")
				.hasSize(perApp);

			waiting()
				.untilAsserted(() -> assertThat(this.sandbox.notifications(this.appId).findValuesAsString("outcome"))
					.contains("TIMEOUT"));
			JsonNode timedOut = this.sandbox.notifications(this.appId)
				.findValues("attempts")
				.stream()
				.flatMap((attempts) -> attempts.valueStream())
				.filter((attempt) -> attempt.get("outcome").stringValue().equals("TIMEOUT"))
				.findFirst()
				.orElseThrow();
			assertThat(timedOut.get("error").stringValue()).isEqualTo("no answer within 3000 ms");
			assertThat(timedOut.get("latencyMs").longValue()).isBetween(2900L, 6000L);
		}
		finally {
			never.countDown();
		}
	}

	JsonNode awaitStatus(PaymentCall call, String status) {
		return awaitNotification(call, (notification) -> notification.get("status").stringValue().equals(status));
	}

	JsonNode awaitAttempts(PaymentCall call, int attempts, String status) {
		return awaitNotification(call,
				(notification) -> notification.get("attemptCount").intValue() == attempts
						&& notification.get("attempts").size() >= attempts
						&& notification.get("status").stringValue().equals(status));
	}

	private JsonNode awaitNotification(PaymentCall call, Predicate<JsonNode> condition) {
		return waiting().until(() -> {
			JsonNode found = this.sandbox.admin("GET", "/sandbox/notifications?outTradeNo=" + call.outTradeNo(), null)
				.json();
			return (found.size() == 1) ? found.get(0) : null;
		}, (notification) -> notification != null && condition.test(notification));
	}

}
