package dev.vpaysandbox.e2e;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.NotificationAttempt;
import dev.vpaysandbox.client.NotificationStatus;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.OrderView;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The whole purchase as a front end drives it, for both app types: login, order, the JS
 * payment API, delivery, and the front end asking order-service for proof.
 */
class PurchaseIT {

	private final SandboxServices services = SandboxServices.shared();

	@ParameterizedTest
	@EnumSource(DemoApp.class)
	void aPaidOrderIsDeliveredAndItsGoodsGrantedExactlyOnce(DemoApp app) {
		FrontEnd player = FrontEnd.newUser(this.services, app).logIn();

		PlacedOrder order = player.placeOrder("shield", 2);
		assertThat(order.method()).isEqualTo(app.method());
		assertThat(order.mode()).isEqualTo((app == DemoApp.MINI_GAME) ? "goods" : "short_series_goods");
		assertThat(order.signData()).contains("\"goodsPrice\":299", "\"buyQuantity\":2",
				"\"outTradeNo\":\"" + order.outTradeNo() + "\"");

		JsApiResult paid = player.pay(order);
		assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.errMsg()).isEqualTo(app.method().wireName() + ":ok");
		assertThat(paid.notes()).isEmpty();

		OrderView delivered = player.awaitDelivered(order);
		assertThat(delivered.amount()).isEqualTo(598);
		assertThat(delivered.deliveredLate()).isFalse();
		assertThat(player.inventory()).containsExactly(entry("shield", 2L));

		Payment recorded = this.services.sandbox()
			.payments()
			.awaitStatus(paid.paymentId(), PaymentStatus.DELIVERED, Duration.ofSeconds(10));
		assertThat(recorded.orderFee()).isEqualTo(598);
		assertThat(recorded.outTradeNo()).isEqualTo(order.outTradeNo());
		assertThat(player.inventory()).as("still granted once").containsExactly(entry("shield", 2L));
	}

	/**
	 * The longest attach, counted in characters by both services, travels from the order
	 * through the platform's storage to the notification unchanged, whatever JSON
	 * escaping or UTF-16 make of it (issue 16, defects 3, 4 and 8).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "\uD83D\uDE00", "\"", "\u0001" })
	void theLongestAttachIsPaidDeliveredAndEchoedUnchanged(String character) {
		String attach = character.repeat(1024);
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();

		PlacedOrder order = player.placeOrder("sword", 1, attach);
		JsApiResult paid = player.pay(order);

		assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
		player.awaitDelivered(order);
		NotificationAttempt attempt = this.services.sandbox()
			.notifications()
			.awaitStatus(paid.paymentId(), NotificationStatus.ACKED, Duration.ofSeconds(10))
			.attempts()
			.get(0);
		JsonNode payload = Http.JSON.readTree((String) attempt.requestMembers().get("Payload"));
		assertThat(payload.get("GoodsInfo").get("Attach").asString()).isEqualTo(attach);
	}

}
