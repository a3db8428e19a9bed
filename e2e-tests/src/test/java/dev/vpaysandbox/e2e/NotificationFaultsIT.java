package dev.vpaysandbox.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Notification;
import dev.vpaysandbox.client.NotificationAttempt;
import dev.vpaysandbox.client.NotificationQuery;
import dev.vpaysandbox.client.NotificationStatus;
import dev.vpaysandbox.client.PaymentQuery;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
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

	private final VpaySandbox platform = services.sandbox();

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
		JsApiResult paid;
		services.stopOrderService();
		try {
			paid = player.pay(order);
			assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
			String paymentId = paid.paymentId();
			await("attempts that find nobody listening").until(
					() -> this.platform.notifications().ofPayment(paymentId).map(Notification::failedAttempts),
					(failed) -> failed.isPresent() && failed.get().size() >= 3);
		}
		finally {
			services.startOrderService();
		}

		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("sword", 3L));
		OrderServiceDatabase orderDatabase = OrderServiceDatabase.of(services);
		assertThat(orderDatabase.deliverySources(order.outTradeNo())).containsExactly("NOTIFICATION");
		List<NotificationAttempt> attempts = this.platform.notifications()
			.awaitStatus(paid.paymentId(), NotificationStatus.ACKED, Duration.ofSeconds(10))
			.attempts();
		NotificationAttempt last = attempts.get(attempts.size() - 1);
		assertThat(last.httpStatus()).as(last.toString()).isEqualTo(200);
		assertThat(attempts.get(0).httpStatus()).as("the first attempt got no HTTP answer: %s", attempts.get(0))
			.isNull();
	}

	@Test
	void duplicatedAndReorderedNotificationsDeliverEachOrderOnce() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder first = player.placeOrder("shield", 1);
		PlacedOrder second = player.placeOrder("gem-pack", 2);

		JsApiResult firstPaid = player.pay(player.paymentCall(first).withScenario("reverse=1m, duplicate=3"));
		assertThat(firstPaid.httpStatus()).as(firstPaid.toString()).isEqualTo(200);
		JsApiResult secondPaid = player.pay(player.paymentCall(second).withScenario("duplicate=2"));
		assertThat(secondPaid.httpStatus()).as(secondPaid.toString()).isEqualTo(200);

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

		JsApiResult declined = player.pay(player.paymentCall(order).withScenario("decline"));

		assertThat(declined.httpStatus()).as(declined.toString()).isEqualTo(402);
		assertThat(declined.errCode()).isEqualTo(-1);
		assertThat(this.platform.payments().search(PaymentQuery.of(DemoApp.MINI_GAME.appId(), order.outTradeNo())))
			.singleElement()
			.satisfies((payment) -> {
				assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
				assertThat(payment.queryStatus()).isEqualTo(6);
			});
		assertThat(this.platform.notifications()
			.search(NotificationQuery.of(DemoApp.MINI_GAME.appId(), order.outTradeNo()))).isEmpty();
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

}
