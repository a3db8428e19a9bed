package dev.vpaysandbox.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.OrderServiceDatabase;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

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
	private static final String NOTIFICATION_DROPPED_FOR_GOOD = "drop=16";

	private final SandboxServices services = SandboxServices.shared();

	@Test
	void reconciliationDeliversAnOrderWhoseNotificationNeverArrives() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("gem-pack", 2);

		JsApiResult paid = player.pay(player.paymentCall(order).withScenario(NOTIFICATION_DROPPED_FOR_GOOD));
		assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);

		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("gem-pack", 2L));
		OrderServiceDatabase orderDatabase = OrderServiceDatabase.of(this.services);
		assertThat(orderDatabase.notificationOutcomes(order.outTradeNo())).as("notifications received").isEmpty();
		assertThat(orderDatabase.deliverySources(order.outTradeNo())).containsExactly("RECONCILIATION");
		Payment delivered = player.platform()
			.payments()
			.awaitStatus(paid.paymentId(), PaymentStatus.DELIVERED, Duration.ofSeconds(10));
		assertThat(delivered.queryStatus()).as("notify_provide_goods reached the platform").isEqualTo(4);
	}

}
