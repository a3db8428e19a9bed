package dev.vpaysandbox.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

}
