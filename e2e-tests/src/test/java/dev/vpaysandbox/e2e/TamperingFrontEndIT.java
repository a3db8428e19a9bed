package dev.vpaysandbox.e2e;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentQuery;
import dev.vpaysandbox.client.PaymentRequest;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
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

	@Test
	void aLoweredPriceInSignDataBreaksPaySig() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("gem-pack", 1);
		PaymentRequest call = player.paymentCall(order);

		JsApiResult refused = player
			.pay(call.withSignData(order.signData().replace("\"goodsPrice\":999", "\"goodsPrice\":1")));

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.errCode()).isEqualTo(-15006);
		assertThat(refused.failedCheck()).isEqualTo("paySig");
		assertThat(refused.signatureReason()).isEqualTo("MISMATCH");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void aReserializedSignDataBreaksPaySigAndTheDiagnosisSaysSo() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("sword", 1);
		String pretty = order.signData().replace(",", ", ").replace(":", ": ");

		JsApiResult refused = player.pay(player.paymentCall(order).withSignData(pretty));

		assertThat(refused.errCode()).as(refused.toString()).isEqualTo(-15006);
		assertThat(refused.hints()).contains("WHITESPACE", "RESERIALIZED");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void upperCaseHexSignaturesAreAcceptedNotedAndDeliveredOnce() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 3);
		PaymentRequest call = player.paymentCall(order);

		JsApiResult paid = player.pay(call.withPaySig(order.paySig().toUpperCase(Locale.ROOT))
			.withSignature(order.signature().toUpperCase(Locale.ROOT)));

		assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.errCode()).isZero();
		assertThat(paid.noteCodes()).contains("UPPER_CASE_HEX");
		assertThat(player.awaitDelivered(order).status()).isEqualTo("DELIVERED");
		assertThat(player.inventory()).containsExactly(entry("sword", 3L));
		Payment payment = player.platform()
			.payments()
			.find(DemoApp.MINI_GAME.appId(), order.outTradeNo())
			.orElseThrow();
		assertThat(payment.noteCodes()).contains("UPPER_CASE_HEX");
	}

	@Test
	void aMiniGameOrderSentToTheMiniProgramApiIsRefused() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);

		JsApiResult refused = player.pay(player.paymentCall(order).toEndpointOf(DemoApp.MINI_PROGRAM.method()));

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errCode()).isEqualTo(-15002);
		assertThat(refused.failedCheck()).isEqualTo("app");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void payingAPaidOrderAgainIsRefusedAndDeliversNothingMore() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);
		assertThat(player.pay(order).httpStatus()).isEqualTo(200);

		JsApiResult again = player.pay(order);

		assertThat(again.httpStatus()).as(again.toString()).isEqualTo(409);
		assertThat(again.errCode()).isEqualTo(-15007);
		assertThat(again.failedCheck()).isEqualTo("outTradeNo");
		player.awaitDelivered(order);
		assertThat(
				player.platform().payments().search(PaymentQuery.of(DemoApp.MINI_PROGRAM.appId(), order.outTradeNo())))
			.hasSize(1);
		assertThat(player.inventory()).containsExactly(entry("shield", 1L));
	}

	@Test
	void payingACancelledOrderAgainIsRefusedAndDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);
		player.platform().cashier().cancel(player.pay(player.paymentCall(order).waitingAtCashier()).paymentId());

		JsApiResult again = player.pay(order);

		assertThat(again.httpStatus()).as(again.toString()).isEqualTo(409);
		assertThat(again.errCode()).isEqualTo(-15003);
		assertThat(player.platform().payments().search(PaymentQuery.of(DemoApp.MINI_GAME.appId(), order.outTradeNo())))
			.singleElement()
			.satisfies((payment) -> assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED));
		Undelivered.assertClosedAndNeverDelivered(player, order);
	}

}
