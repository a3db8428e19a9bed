package dev.vpaysandbox.e2e;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.e2e.client.CashierPage;
import dev.vpaysandbox.e2e.client.DemoApp;
import dev.vpaysandbox.e2e.client.FrontEnd;
import dev.vpaysandbox.e2e.client.JsApiResult;
import dev.vpaysandbox.e2e.client.PaymentOptions;
import dev.vpaysandbox.e2e.client.PaymentRecord;
import dev.vpaysandbox.e2e.client.PlacedOrder;
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
		CashierPage cashier = waitingAtCashier(player, order);

		PaymentRecord paid = cashier.pay();

		assertThat(paid.status()).isEqualTo("PAID");
		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(entry("sword", 2L));
	}

	@Test
	void aPaymentTheUserCancelsEndsWithMinusTwoAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		PaymentRecord cancelled = waitingAtCashier(player, order).cancel();

		assertThat(cancelled.status()).isEqualTo("CLOSED");
		assertThat(cancelled.closeReason()).isEqualTo("CANCELLED");
		assertThat(cancelled.callbackErrCode()).isEqualTo(-2);
		assertThat(cancelled.queryStatus()).isEqualTo(6);
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

	@Test
	void aPaymentThatFailsAtTheCashierEndsWithMinusOneAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		PaymentRecord failed = waitingAtCashier(player, order).fail();

		assertThat(failed.status()).isEqualTo("CLOSED");
		assertThat(failed.closeReason()).isEqualTo("FAILED");
		assertThat(failed.callbackErrCode()).isEqualTo(-1);
		assertThat(failed.queryStatus()).isEqualTo(6);
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

	private static CashierPage waitingAtCashier(FrontEnd player, PlacedOrder order) {
		JsApiResult waiting = player.pay(order, PaymentOptions.waitAtCashier());
		assertThat(waiting.status()).as(waiting.toString()).isEqualTo(202);
		assertThat(waiting.errMsg()).isEqualTo(order.method().wireName() + ":pending");
		CashierPage cashier = player.cashier(waiting);
		assertThat(cashier.status()).isEqualTo("PENDING");
		assertThat(cashier.orderFee()).isEqualTo(player.order(order.outTradeNo()).amount());
		return cashier;
	}

}
