package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;
import dev.vpaysandbox.mock.Sandbox.PaymentCall;
import dev.vpaysandbox.signing.protocol.Env;

import static dev.vpaysandbox.mock.Sandbox.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.vpaysandbox.mock.Waiting.waiting;

/**
 * Every chaos fault of the notification does what it says, and scenarios set for an app
 * or an item apply, against a receiver that behaves as a correct merchant backend must:
 * it verifies PayEventSig with the current appKey of the Payload's env (401 otherwise)
 * and compares product and price with the order (400 otherwise).
 */
class NotificationScenarioIntegrationTests extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

	@BeforeEach
	void answerAsACorrectReceiver() {
		this.receiver.answer(this::asACorrectReceiver);
	}

	@Test
	void delayKeepsTheFirstAttemptBackUntilItsTimeAndThePaymentAtStatusTwo() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call, SCENARIO, "delay=30s");
		waiting().during(Duration.ofMillis(400)).until(() -> this.receiver.received().isEmpty());
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(30));
		this.receiver.await(1, WAIT);
		awaitStatus(call, "ACKED");
	}

	@Test
	void duplicateSendsIdenticalCopiesAtOnce() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call, SCENARIO, "duplicate=2");
		List<Received> copies = this.receiver.await(3, WAIT);
		assertThat(copies).extracting(Received::body).containsOnly(copies.get(0).body());
		JsonNode notification = awaitStatus(call, "ACKED");
		assertThat(notification.get("attempts").findValuesAsString("kind")).containsExactlyInAnyOrder("SCHEDULED",
				"DUPLICATE", "DUPLICATE");
		assertThat(notification.get("attempts").findValues("attempt")).allMatch((attempt) -> attempt.intValue() == 1);
		assertThat(this.receiver.received()).hasSize(3);
	}

	@Test
	void dropRecordsTheFirstAttemptsWithoutSendingThem() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call, SCENARIO, "drop=2");
		awaitAttempts(call, 1);
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(3);
		this.clock.advance(Duration.ofSeconds(15));
		awaitAttempts(call, 2);
		assertThat(this.receiver.received()).isEmpty();
		this.clock.advance(Duration.ofSeconds(15));
		this.receiver.await(1, WAIT);
		JsonNode notification = awaitStatus(call, "ACKED");
		assertThat(notification.get("attempts").findValuesAsString("outcome")).containsExactly("DROPPED", "DROPPED",
				"ACKNOWLEDGED");
	}

	@Test
	void reverseSendsTheLaterPaymentsNotificationFirst() {
		PaymentCall earlier = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(earlier, SCENARIO, "reverse");
		waiting().during(Duration.ofMillis(300)).until(() -> this.receiver.received().isEmpty());
		assertThat(notificationOf(earlier).get("held").booleanValue()).isTrue();
		PaymentCall later = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(later);

		assertThat(this.receiver.await(2, WAIT)).extracting(Received::outTradeNo)
			.containsExactly(later.outTradeNo(), earlier.outTradeNo());
		awaitStatus(earlier, "ACKED");
	}

	@Test
	void corruptSigChangesOneHexDigitOfTheFirstAttemptOnly() {
		List<Received> got = refusedThenAcceptedOnRetry("corrupt-sig", 401);
		String sent = got.get(0).envelope().get("PayEventSig").stringValue();
		String correct = IndependentHmac.hex(this.sandbox.appKey(this.appId, 0).reveal(),
				"minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText());
		assertThat(sent.substring(1)).isEqualTo(correct.substring(1));
		assertThat(sent.charAt(0)).isNotEqualTo(correct.charAt(0));
	}

	@Test
	void otherEnvKeySignsWithTheAppKeyOfTheOtherEnv() {
		List<Received> got = refusedThenAcceptedOnRetry("other-env-key", 401);
		assertThat(got.get(0).envelope().get("PayEventSig").stringValue())
			.isEqualTo(IndependentHmac.hex(this.sandbox.appKey(this.appId, 1).reveal(),
					"minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText()));
	}

	@Test
	void previousKeySignsWithTheKeyARotationReplaced() {
		String replaced = this.sandbox.appKey(this.appId, 0).reveal();
		Response rotated = this.sandbox.admin("POST", "/sandbox/apps/" + this.appId + "/keys/rotate", "{\"env\":0}");
		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);

		List<Received> got = refusedThenAcceptedOnRetry("previous-key", 401);
		assertThat(got.get(0).envelope().get("PayEventSig").stringValue()).isEqualTo(
				IndependentHmac.hex(replaced, "minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText()));
		assertThat(this.sandbox.notifications(this.appId).get(0).get("attempts").findValuesAsString("keyUsed"))
			.containsExactly("env 0 v1 (previous)", "env 0 v2");
	}

	@Test
	void previousKeyWithoutARotationSignsWithAKeyNeverIssued() {
		refusedThenAcceptedOnRetry("previous-key", 401);
		assertThat(this.sandbox.notifications(this.appId).get(0).get("attempts").findValuesAsString("keyUsed"))
			.containsExactly("a key never issued (no previous key)", "env 0 v1");
	}

	@Test
	void wrongPriceSendsACorrectlySignedPayloadOfOneCent() {
		List<Received> got = refusedThenAcceptedOnRetry("wrong-price", 400);
		JsonNode goods = got.get(0).payload().get("GoodsInfo");
		assertThat(goods.get("OrigPrice").longValue()).isEqualTo(1);
		assertThat(goods.get("ActualPrice").longValue()).isEqualTo(1);
		assertThat(got.get(1).payload().get("GoodsInfo").get("ActualPrice").longValue()).isEqualTo(199);
	}

	@Test
	void wrongProductSendsACorrectlySignedPayloadNamingAnotherItem() {
		List<Received> got = refusedThenAcceptedOnRetry("wrong-product", 400);
		assertThat(got.get(0).payload().get("GoodsInfo").get("ProductId").stringValue()).isEqualTo("shield");
		assertThat(got.get(1).payload().get("GoodsInfo").get("ProductId").stringValue()).isEqualTo("sword");
	}

	@Test
	void theRequestsScenarioWinsOverTheItemsWhichWinsOverTheApps() {
		Response set = this.sandbox.admin("PUT", "/sandbox/scenarios/apps/" + this.appId, "{\"spec\":\"duplicate=1\"}");
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		Response item = this.sandbox.admin("PUT", "/sandbox/scenarios/apps/" + this.appId + "/items/shield",
				"{\"spec\":\"none\"}");
		assertThat(item.status()).as(item.toString()).isEqualTo(200);

		assertThat(copiesSent(this.sandbox.purchase(this.gamer))).as("the app's scenario").isEqualTo(2);
		assertThat(copiesSent(this.sandbox.purchase(this.gamer, "shield", 299, 1, Env.PRODUCTION)))
			.as("the item's none")
			.isEqualTo(1);
		assertThat(copiesSent(this.sandbox.purchase(this.gamer), SCENARIO, "none")).as("the request's none")
			.isEqualTo(1);
		assertThat(this.sandbox.admin("DELETE", "/sandbox/scenarios/apps/" + this.appId, null).status()).isEqualTo(204);
		assertThat(copiesSent(this.sandbox.purchase(this.gamer))).as("no scenario").isEqualTo(1);
	}

	@Test
	void aPercentageDrawRepeatsWithTheSameSeed() {
		this.receiver.answer((received) -> Reply.success());
		String spec = "{\"spec\":\"duplicate=1@50%\",\"seed\":7}";
		assertThat(this.sandbox.admin("PUT", "/sandbox/scenarios/apps/" + this.appId, spec).status()).isEqualTo(200);
		List<Integer> first = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			first.add(copiesSent(this.sandbox.purchase(this.gamer)));
		}
		assertThat(this.sandbox.admin("PUT", "/sandbox/scenarios/apps/" + this.appId, spec).status()).isEqualTo(200);
		List<Integer> again = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			again.add(copiesSent(this.sandbox.purchase(this.gamer)));
		}
		assertThat(again).isEqualTo(first).contains(1, 2);
		JsonNode scenario = this.sandbox.admin("GET", "/sandbox/scenarios/apps/" + this.appId, null).json();
		assertThat(scenario.get("draws").longValue()).isEqualTo(10);
		assertThat(scenario.get("header").stringValue()).isEqualTo("duplicate=1@50%, seed=7");
	}

	/**
	 * Pays with a scenario, waits until it is acknowledged, answers how many copies came.
	 */
	private int copiesSent(PaymentCall call, String... headers) {
		int before = this.receiver.received().size();
		assertThat(this.sandbox.pay(call, headers).status()).isEqualTo(200);
		awaitStatus(call, "ACKED");
		return (int) this.receiver.received()
			.stream()
			.skip(before)
			.filter((received) -> received.outTradeNo().equals(call.outTradeNo()))
			.count();
	}

	/**
	 * The first attempt is refused with {@code status}, the retry 15 s later accepted.
	 */
	private List<Received> refusedThenAcceptedOnRetry(String scenario, int status) {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call, SCENARIO, scenario);
		this.receiver.await(1, WAIT);
		awaitAttempts(call, 1);
		this.clock.advance(Duration.ofSeconds(15));
		List<Received> got = this.receiver.await(2, WAIT);
		JsonNode notification = awaitStatus(call, "ACKED");
		JsonNode attempts = notification.get("attempts");
		assertThat(attempts.findValuesAsString("outcome")).containsExactly("REFUSED", "ACKNOWLEDGED");
		assertThat(attempts.get(0).get("httpStatus").intValue()).isEqualTo(status);
		assertThat(attempts.get(0).get("faults").stringValue()).isEqualTo(scenario);
		assertThat(attempts.get(1).has("faults")).isFalse();
		return got;
	}

	private Reply asACorrectReceiver(Received received) {
		JsonNode payload = received.payload();
		String env = payload.get("Env").stringValue();
		String expected = IndependentHmac.hex(this.sandbox.appKey(this.appId, Integer.parseInt(env)).reveal(),
				received.envelope().get("Event").stringValue() + "&" + received.payloadText());
		if (!expected.equals(received.envelope().get("PayEventSig").stringValue())) {
			return Reply.status(401, "{\"returnCode\":\"401\",\"returnMessage\":\"PayEventSig does not verify\"}");
		}
		JsonNode goods = payload.get("GoodsInfo");
		long price = "shield".equals(ordered(received)) ? 299 : 199;
		if (!goods.get("ProductId").stringValue().equals(ordered(received))
				|| goods.get("ActualPrice").longValue() != price * goods.get("Quantity").longValue()) {
			return Reply.status(400, "{\"returnCode\":\"400\",\"returnMessage\":\"differs from the order\"}");
		}
		return Reply.success();
	}

	/** What the order of a notification was for, as the merchant stored it. */
	private String ordered(Received received) {
		return this.sandbox.admin("GET", "/sandbox/payments?outTradeNo=" + received.outTradeNo(), null)
			.json()
			.get(0)
			.get("productId")
			.stringValue();
	}

	private JsonNode notificationOf(PaymentCall call) {
		return this.sandbox.admin("GET", "/sandbox/notifications?outTradeNo=" + call.outTradeNo(), null).json().get(0);
	}

	private JsonNode awaitStatus(PaymentCall call, String status) {
		return waiting().until(() -> notificationOf(call),
				(found) -> found != null && found.get("status").stringValue().equals(status));
	}

	private void awaitAttempts(PaymentCall call, int attempts) {
		waiting().until(() -> notificationOf(call), (found) -> found != null && found.get("attempts").size() >= attempts
				&& found.get("status").stringValue().equals("READY"));
	}

}
