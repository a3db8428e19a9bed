package dev.vpaysandbox.e2e;

import org.junit.jupiter.api.Test;

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
 * A delivery notification that never arrives: order-service's reconciliation asks
 * {@code query_order}, delivers the paid order exactly once, and tells the platform with
 * {@code notify_provide_goods}.
 */
class LostNotificationIT {

	/**
	 * The mock's chaos scenario that drops every attempt of the schedule (one first
	 * attempt and fifteen retries), so the notification never reaches order-service.
	 */
	private static final PaymentOptions NOTIFICATION_DROPPED_FOR_GOOD = PaymentOptions.payAtOnce()
		.withHeader("X-Sandbox-Scenario", "drop=16");

	private final SandboxServices services = SandboxServices.shared();

	@Test
	void reconciliationDeliversAnOrderWhoseNotificationNeverArrives() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("gem-pack", 2);

		JsApiResult paid = player.pay(order, NOTIFICATION_DROPPED_FOR_GOOD);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("gem-pack", 2L));
		OrderServiceDatabase orderDatabase = OrderServiceDatabase.of(this.services);
		assertThat(orderDatabase.notificationOutcomes(order.outTradeNo())).as("notifications received").isEmpty();
		assertThat(orderDatabase.deliverySources(order.outTradeNo())).containsExactly("RECONCILIATION");
		await("notify_provide_goods to reach the platform").until(
				() -> SandboxAdmin.of(this.services).payment(DemoApp.MINI_GAME, order.outTradeNo()).orElseThrow(),
				(payment) -> payment.status().equals("DELIVERED") && payment.queryStatus() == 4);
	}

}
