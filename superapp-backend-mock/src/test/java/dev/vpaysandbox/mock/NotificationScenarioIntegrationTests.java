package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;
import dev.vpaysandbox.signing.protocol.Env;

import static dev.vpaysandbox.mock.Sandbox.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.vpaysandbox.mock.Waiting.waiting;

/**
 * The chaos faults that change when and how often a notification is sent (delay,
 * duplicate, drop, reverse) do what they say, and scenarios set for an app or an item
 * apply, in order and repeatably. Faults that change what is sent are
 * {@link TamperedNotificationIntegrationTests}.
 */
class NotificationScenarioIntegrationTests extends CorrectReceiverIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

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
		awaitAttempts(call, 1, "READY");
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(3);
		this.clock.advance(Duration.ofSeconds(15));
		awaitAttempts(call, 2, "READY");
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

}
