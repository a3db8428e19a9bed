package dev.vpaysandbox.e2e;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.CashierView;
import dev.vpaysandbox.client.CloseReason;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The cashier: a payment that waits there is delivered once the user pays, and never when
 * the user cancels (-2) or the payment fails (-1).
 */
class CashierIT {

	private final SandboxServices services = SandboxServices.shared();

	@Test
	void aPaymentPaidAtTheCashierIsDelivered() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("sword", 2);

		Payment paid = player.platform().cashier().pay(waitingAtCashier(player, order));

		assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("sword", 2L));
	}

	@Test
	void aPaymentTheUserCancelsEndsWithMinusTwoAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		Payment cancelled = player.platform().cashier().cancel(waitingAtCashier(player, order));

		assertClosed(cancelled, CloseReason.CANCELLED, dev.vpaysandbox.mock.payment.CloseReason.CANCELLED);
		assertThat(cancelled.closeReason().errCode()).isEqualTo(-2);
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

	@Test
	void aPaymentThatFailsAtTheCashierEndsWithMinusOneAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		Payment failed = player.platform().cashier().fail(waitingAtCashier(player, order));

		assertClosed(failed, CloseReason.FAILED, dev.vpaysandbox.mock.payment.CloseReason.FAILED);
		assertThat(failed.closeReason().errCode()).isEqualTo(-1);
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

	/** The payment id of the order's payment, waiting at the cashier. */
	private static String waitingAtCashier(FrontEnd player, PlacedOrder order) {
		JsApiResult waiting = player.pay(player.paymentCall(order).waitingAtCashier());
		assertThat(waiting.httpStatus()).as(waiting.toString()).isEqualTo(202);
		assertThat(waiting.errMsg()).isEqualTo(order.method().wireName() + ":pending");
		CashierView cashier = player.platform().cashier().view(waiting.paymentId());
		assertThat(cashier.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(cashier.orderFee()).isEqualTo(player.order(order.outTradeNo()).amount());
		return waiting.paymentId();
	}

	/**
	 * Closed, reported to query_order as 6, and the client's callback code for the close
	 * reason is the mock's own, not one the client made up.
	 */
	private static void assertClosed(Payment payment, CloseReason reason,
			dev.vpaysandbox.mock.payment.CloseReason mocksOwn) {
		assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
		assertThat(payment.closeReason()).isEqualTo(reason);
		assertThat(payment.queryStatus()).isEqualTo(6);
		assertThat(reason.errCode()).isEqualTo(mocksOwn.errCode());
	}

}
