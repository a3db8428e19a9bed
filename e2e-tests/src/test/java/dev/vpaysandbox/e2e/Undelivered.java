package dev.vpaysandbox.e2e;

import dev.vpaysandbox.client.PaymentQuery;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.OrderView;
import dev.vpaysandbox.e2e.shop.PlacedOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions that a purchase that went wrong delivered nothing, on either side. */
final class Undelivered {

	private Undelivered() {
	}

	/**
	 * The platform refused the call and stored no payment, so no notification and no
	 * reconciliation can ever deliver it; order-service still shows the order unpaid and
	 * the user owns none of its product.
	 */
	static void assertRefusedWithoutPayment(FrontEnd player, PlacedOrder order) {
		assertThat(player.platform().payments().search(PaymentQuery.of(player.app().appId(), order.outTradeNo())))
			.as("payments the platform holds")
			.isEmpty();
		assertUnpaid(player, order);
	}

	/**
	 * The payment exists but closed unpaid. A later purchase of the same user is a
	 * witness: once reconciliation (which checks orders oldest first) has delivered it,
	 * it has looked at the closed one too, and that one must still be undelivered.
	 */
	static void assertClosedAndNeverDelivered(FrontEnd player, PlacedOrder order) {
		String product = player.order(order.outTradeNo()).productId();
		String witnessProduct = "sword".equals(product) ? "gem-pack" : "sword";
		PlacedOrder witness = player.placeOrder(witnessProduct, 1);
		assertThat(player.pay(witness).httpStatus()).as("witness payment").isEqualTo(200);
		player.awaitDelivered(witness);
		assertThat(player.order(order.outTradeNo()).status()).isEqualTo("CREATED");
		assertThat(player.inventory()).as("inventory").doesNotContainKey(product).containsEntry(witnessProduct, 1L);
	}

	private static void assertUnpaid(FrontEnd player, PlacedOrder order) {
		OrderView view = player.order(order.outTradeNo());
		assertThat(view.status()).as("order status").isEqualTo("CREATED");
		assertThat(player.inventory()).as("inventory").doesNotContainKey(view.productId());
	}

}
