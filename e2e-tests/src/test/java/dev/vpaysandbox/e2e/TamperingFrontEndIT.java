package dev.vpaysandbox.e2e;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.e2e.client.DemoApp;
import dev.vpaysandbox.e2e.client.FrontEnd;
import dev.vpaysandbox.e2e.client.JsApiResult;
import dev.vpaysandbox.e2e.client.PaymentCall;
import dev.vpaysandbox.e2e.client.PaymentOptions;
import dev.vpaysandbox.e2e.client.PlacedOrder;
import dev.vpaysandbox.e2e.client.SandboxAdmin;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A front end that changes what order-service signed, calls the wrong JS API or pays
 * twice: the platform refuses with the exact errCode and nothing is delivered. Upper-case
 * hex is the exception: it is accepted, noted, and delivered once.
 */
class TamperingFrontEndIT {

	private final SandboxServices services = SandboxServices.shared();

	private final SandboxAdmin admin = SandboxAdmin.of(this.services);

	@Test
	void aLoweredPriceInSignDataBreaksPaySig() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("gem-pack", 1);
		PaymentCall call = player.paymentCall(order);

		JsApiResult refused = player.call(
				call.withSignData(order.signData().replace("\"goodsPrice\":999", "\"goodsPrice\":1")),
				PaymentOptions.payAtOnce());

		assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.errCode()).isEqualTo(-15006);
		assertThat(refused.failedCheck()).isEqualTo("paySig");
		assertThat(refused.signatureReason()).isEqualTo("MISMATCH");
		Undelivered.assertRefusedWithoutPayment(player, this.admin, order);
	}

	@Test
	void aReserializedSignDataBreaksPaySigAndTheDiagnosisSaysSo() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("sword", 1);
		String pretty = order.signData().replace(",", ", ").replace(":", ": ");

		JsApiResult refused = player.call(player.paymentCall(order).withSignData(pretty), PaymentOptions.payAtOnce());

		assertThat(refused.errCode()).as(refused.toString()).isEqualTo(-15006);
		assertThat(refused.hints()).contains("WHITESPACE", "RESERIALIZED");
		Undelivered.assertRefusedWithoutPayment(player, this.admin, order);
	}

	@Test
	void upperCaseHexSignaturesAreAcceptedNotedAndDeliveredOnce() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 3);
		PaymentCall call = player.paymentCall(order);

		JsApiResult paid = player.call(call.withPaySig(order.paySig().toUpperCase(Locale.ROOT))
			.withSignature(order.signature().toUpperCase(Locale.ROOT)), PaymentOptions.payAtOnce());

		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.errCode()).isZero();
		assertThat(paid.notes()).contains("UPPER_CASE_HEX");
		assertThat(player.awaitDelivered(order).status()).isEqualTo("DELIVERED");
		assertThat(player.inventory()).containsExactly(entry("sword", 3L));
		assertThat(this.admin.payment(DemoApp.MINI_GAME, order.outTradeNo()).orElseThrow().notes())
			.contains("UPPER_CASE_HEX");
	}

	@Test
	void aMiniGameOrderSentToTheMiniProgramApiIsRefused() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		JsApiResult refused = player.call(player.paymentCall(order).toEndpointOf(DemoApp.MINI_PROGRAM.method()),
				PaymentOptions.payAtOnce());

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errCode()).isEqualTo(-15002);
		assertThat(refused.failedCheck()).isEqualTo("app");
		Undelivered.assertRefusedWithoutPayment(player, this.admin, order);
	}

	@Test
	void payingAPaidOrderAgainIsRefusedAndDeliversNothingMore() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);
		assertThat(player.pay(order).status()).isEqualTo(200);

		JsApiResult again = player.pay(order);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.errCode()).isEqualTo(-15007);
		assertThat(again.failedCheck()).isEqualTo("outTradeNo");
		player.awaitDelivered(order);
		assertThat(this.admin.payments(DemoApp.MINI_PROGRAM, order.outTradeNo())).hasSize(1);
		assertThat(player.inventory()).containsExactly(entry("shield", 1L));
	}

	@Test
	void payingACancelledOrderAgainIsRefusedAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);
		player.cashier(player.pay(order, PaymentOptions.waitAtCashier())).cancel();

		JsApiResult again = player.pay(order);

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.errCode()).isEqualTo(-15003);
		assertThat(this.admin.payments(DemoApp.MINI_GAME, order.outTradeNo())).singleElement()
			.satisfies((payment) -> assertThat(payment.status()).isEqualTo("CLOSED"));
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

}
