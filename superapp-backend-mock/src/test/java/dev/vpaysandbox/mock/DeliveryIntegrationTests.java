package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;
import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.vpaysandbox.mock.Waiting.waiting;

/**
 * Delivery notifications end to end, against a local receiver: the envelope and its
 * signature, payment status 3 then 4, and a receiver that never answers. Retries are
 * {@link RetryIntegrationTests}.
 */
class DeliveryIntegrationTests extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

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

}
