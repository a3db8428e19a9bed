package dev.vpaysandbox.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.e2e.client.DemoApp;
import dev.vpaysandbox.e2e.client.FrontEnd;
import dev.vpaysandbox.e2e.client.JsApiResult;
import dev.vpaysandbox.e2e.client.OrderView;
import dev.vpaysandbox.e2e.client.PlacedOrder;
import dev.vpaysandbox.e2e.client.SandboxAdmin;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * The whole purchase as a front end drives it, for both app types: login, order, the JS
 * payment API, delivery, and the front end asking order-service for proof.
 */
class PurchaseIT {

	private final SandboxServices services = SandboxServices.shared();

	private final SandboxAdmin admin = SandboxAdmin.of(this.services);

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
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.errMsg()).isEqualTo(app.method().wireName() + ":ok");
		assertThat(paid.notes()).isEmpty();

		OrderView delivered = player.awaitDelivered(order);
		assertThat(delivered.amount()).isEqualTo(598);
		assertThat(delivered.deliveredLate()).isFalse();
		assertThat(player.inventory()).containsExactly(entry("shield", 2L));

		await("the platform to record the delivery")
			.until(() -> this.admin.payment(app, order.outTradeNo()).orElseThrow().status(), "DELIVERED"::equals);
		assertThat(this.admin.payment(app, order.outTradeNo()).orElseThrow().orderFee()).isEqualTo(598);
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

		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		player.awaitDelivered(order);
		JsonNode attempt = this.admin.notifications(DemoApp.MINI_GAME, order.outTradeNo())
			.get(0)
			.get("attempts")
			.get(0);
		JsonNode payload = JsonMapper.builder().build().readTree(attempt.get("request").get("Payload").asString());
		assertThat(payload.get("GoodsInfo").get("Attach").asString()).isEqualTo(attach);
	}

}
