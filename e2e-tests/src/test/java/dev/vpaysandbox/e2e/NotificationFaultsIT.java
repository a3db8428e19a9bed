package dev.vpaysandbox.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.e2e.client.DemoApp;
import dev.vpaysandbox.e2e.client.FrontEnd;
import dev.vpaysandbox.e2e.client.JsApiResult;
import dev.vpaysandbox.e2e.client.PaymentOptions;
import dev.vpaysandbox.e2e.client.PlacedOrder;
import dev.vpaysandbox.e2e.client.SandboxAdmin;
import dev.vpaysandbox.e2e.support.OrderServiceDatabase;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * Delivery notifications that go wrong on the way: the receiver is down when they are
 * due, they arrive several times and out of order, or the payment is declined so none is
 * due. Each paid order is delivered exactly once, by a notification, not by
 * reconciliation.
 *
 * <p>
 * These services are this class's own: the mock runs the retry schedule a thousand times
 * faster (15 s becomes 15 ms, the whole schedule 87 s), and order-service does not
 * reconcile, so only a notification can deliver.
 */
class NotificationFaultsIT {

	private static SandboxServices services;

	private final SandboxAdmin admin = SandboxAdmin.of(services);

	@BeforeAll
	static void startOwnServices() {
		services = SandboxServices.builder()
			.mockArg("--vpay.mock.notify.time-scale=0.001")
			.orderArg("--vpay.order.reconciliation.enabled=false")
			.start();
	}

	@AfterAll
	static void stopOwnServices() {
		services.close();
	}

	@Test
	void aNotificationDueWhileOrderServiceIsDownIsDeliveredByARetryAfterItRestarts() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 3);
		services.stopOrderService();
		try {
			JsApiResult paid = player.pay(order);
			assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
			await("attempts that find nobody listening").until(
					() -> failedAttempts(this.admin.notifications(DemoApp.MINI_GAME, order.outTradeNo())),
					(failed) -> failed >= 3);
		}
		finally {
			services.startOrderService();
		}

		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("sword", 3L));
		OrderServiceDatabase orderDatabase = OrderServiceDatabase.of(services);
		assertThat(orderDatabase.deliverySources(order.outTradeNo())).containsExactly("NOTIFICATION");
		await("the mock to record the acknowledgement").until(
				() -> this.admin.notifications(DemoApp.MINI_GAME, order.outTradeNo()).get(0).path("status").asString(),
				"ACKED"::equals);
		JsonNode attempts = this.admin.notifications(DemoApp.MINI_GAME, order.outTradeNo()).get(0).path("attempts");
		JsonNode last = attempts.get(attempts.size() - 1);
		assertThat(last.path("httpStatus").asInt()).as(last.toString()).isEqualTo(200);
		assertThat(attempts.get(0).path("httpStatus").isMissingNode() || attempts.get(0).path("httpStatus").isNull())
			.as("the first attempt got no HTTP answer: %s", attempts.get(0))
			.isTrue();
	}

	@Test
	void duplicatedAndReorderedNotificationsDeliverEachOrderOnce() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder first = player.placeOrder("shield", 1);
		PlacedOrder second = player.placeOrder("gem-pack", 2);

		JsApiResult firstPaid = player.pay(first,
				PaymentOptions.payAtOnce().withHeader("X-Sandbox-Scenario", "reverse=1m, duplicate=3"));
		assertThat(firstPaid.status()).as(firstPaid.toString()).isEqualTo(200);
		JsApiResult secondPaid = player.pay(second,
				PaymentOptions.payAtOnce().withHeader("X-Sandbox-Scenario", "duplicate=2"));
		assertThat(secondPaid.status()).as(secondPaid.toString()).isEqualTo(200);

		player.awaitDelivered(first);
		player.awaitDelivered(second);
		OrderServiceDatabase orderDatabase = OrderServiceDatabase.of(services);
		await("every copy to be answered").until(
				() -> orderDatabase.notificationOutcomes(first.outTradeNo()).size()
						+ orderDatabase.notificationOutcomes(second.outTradeNo()).size(),
				(received) -> received == 4 + 3);
		assertThat(orderDatabase.notificationOutcomes(first.outTradeNo())).containsExactlyInAnyOrder("DELIVERED",
				"DUPLICATE", "DUPLICATE", "DUPLICATE");
		assertThat(orderDatabase.notificationOutcomes(second.outTradeNo())).containsExactlyInAnyOrder("DELIVERED",
				"DUPLICATE", "DUPLICATE");
		assertThat(orderDatabase.firstNotificationId(second.outTradeNo())).as("the later payment was notified first")
			.isLessThan(orderDatabase.firstNotificationId(first.outTradeNo()));
		assertThat(orderDatabase.deliverySources(first.outTradeNo())).containsExactly("NOTIFICATION");
		assertThat(orderDatabase.deliverySources(second.outTradeNo())).containsExactly("NOTIFICATION");
		assertThat(player.inventory()).containsOnly(entry("shield", 1L), entry("gem-pack", 2L));
	}

	@Test
	void aDeclinedPaymentIsClosedWithMinusOneAndNothingIsNotifiedOrDelivered() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		JsApiResult declined = player.pay(order,
				PaymentOptions.payAtOnce().withHeader("X-Sandbox-Scenario", "decline"));

		assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
		assertThat(declined.errCode()).isEqualTo(-1);
		assertThat(this.admin.payment(DemoApp.MINI_GAME, order.outTradeNo()).orElseThrow().queryStatus()).isEqualTo(6);
		assertThat(this.admin.notifications(DemoApp.MINI_GAME, order.outTradeNo())).isEmpty();
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

	private static long failedAttempts(List<JsonNode> notifications) {
		long failed = 0;
		for (JsonNode notification : notifications) {
			for (JsonNode attempt : notification.path("attempts")) {
				if (attempt.path("httpStatus").asInt(0) != 200) {
					failed++;
				}
			}
		}
		return failed;
	}

}
