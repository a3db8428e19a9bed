package dev.vpaysandbox.order.reconcile;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.order.inventory.Holding;
import dev.vpaysandbox.order.inventory.InventoryLedger;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.order.OrderStatus;
import dev.vpaysandbox.order.order.Orders;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationIntegrationTests extends OrderServiceIntegrationTest {

	private static final String QUERY_ORDER = "/xpay/query_order";

	private static final String PROVIDE_GOODS = "/xpay/notify_provide_goods";

	@Autowired
	Reconciler reconciler;

	@Autowired
	Orders orders;

	@Autowired
	InventoryLedger inventory;

	@Test
	void deliversAPaidOrderWhoseNotificationNeverCameAndConfirmsIt() {
		Bought bought = buy("shield", 2);
		platform.pay(bought.outTradeNo(), 598);
		this.clock.advance(Duration.ofMinutes(3));

		this.reconciler.reconcileDue();

		assertThat(order(bought).status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(holdings(bought)).containsExactly(new Holding("shield", 2));
		assertThat(platform.received(PROVIDE_GOODS, bought.outTradeNo())).hasSize(1);
		assertThat(platform.paymentStatus(bought.outTradeNo())).isEqualTo(4);
	}

	@Test
	void leavesAYoungOrderAlone() {
		Bought bought = buy("sword", 1);
		platform.pay(bought.outTradeNo(), 199);

		this.reconciler.reconcileDue();

		assertThat(order(bought).status()).isEqualTo(OrderStatus.CREATED);
		assertThat(platform.received(QUERY_ORDER, bought.outTradeNo())).isEmpty();
	}

	@Test
	void deliversOnceAcrossRunsAndAfterALateNotification() {
		Bought bought = buy("sword", 1);
		platform.pay(bought.outTradeNo(), 199);
		this.clock.advance(Duration.ofMinutes(3));
		this.reconciler.reconcileDue();

		this.clock.advance(Duration.ofMinutes(11));
		this.reconciler.reconcileDue();
		TestApi.Response late = this.api.notify(platform.notification("demo-minigame", bought.outTradeNo())
			.paid(bought.user().openid(), "sword", 1, 199)
			.body());

		assertThat(late.status()).isEqualTo(200);
		assertThat(holdings(bought)).containsExactly(new Holding("sword", 1));
		assertThat(platform.received(PROVIDE_GOODS, bought.outTradeNo())).hasSize(1);
	}

	@Test
	void expiresAnUnpaidOrderOnlyAfterItsTimeToLive() {
		Bought neverSeen = buy("sword", 1);
		Bought pending = buy("shield", 1);
		platform.pending(pending.outTradeNo(), 299);

		this.clock.advance(Duration.ofMinutes(3));
		this.reconciler.reconcileDue();
		assertThat(order(neverSeen).status()).isEqualTo(OrderStatus.CREATED);
		assertThat(order(pending).status()).isEqualTo(OrderStatus.CREATED);

		this.clock.advance(Duration.ofMinutes(13));
		this.reconciler.reconcileDue();
		assertThat(order(neverSeen).status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(order(pending).status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(order(pending).nextCheckAt()).isNull();
		assertThat(this.api.get("/api/orders/" + pending.outTradeNo(), pending.user().token())
			.json()
			.path("status")
			.asString()).isEqualTo("EXPIRED");
	}

	@Test
	void checksEachOrderOnceWhenTwoInstancesRunTogether() {
		Bought bought = buy("gem-pack", 1);
		platform.pay(bought.outTradeNo(), 999);
		this.clock.advance(Duration.ofMinutes(3));

		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.reconciler::reconcileDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this.reconciler::reconcileDue);
		one.join();
		two.join();

		assertThat(platform.received(QUERY_ORDER, bought.outTradeNo())).hasSize(1);
		assertThat(holdings(bought)).containsExactly(new Holding("gem-pack", 1));
		assertThat(platform.received(PROVIDE_GOODS, bought.outTradeNo())).hasSize(1);
	}

	@Test
	void revokesTheItemsOnceWhenTheOrderIsRefunded() {
		Bought bought = deliveredByReconciliation("sword", 2, 398);
		platform.refund(bought.outTradeNo(), 398);

		this.clock.advance(Duration.ofMinutes(11));
		this.reconciler.reconcileDue();
		this.clock.advance(Duration.ofMinutes(11));
		this.reconciler.reconcileDue();

		OrderSnapshot order = order(bought);
		assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(order.refundedFee()).isEqualTo(398);
		assertThat(order.nextCheckAt()).isNull();
		assertThat(holdings(bought)).isEmpty();
		assertThat(this.api.get("/api/orders/" + bought.outTradeNo(), bought.user().token())
			.json()
			.path("status")
			.asString()).isEqualTo("REFUNDED");
	}

	@Test
	void recordsAPartialRefundAndKeepsTheItems() {
		Bought bought = deliveredByReconciliation("sword", 2, 398);
		platform.refund(bought.outTradeNo(), 199);

		this.clock.advance(Duration.ofMinutes(11));
		this.reconciler.reconcileDue();

		OrderSnapshot order = order(bought);
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.refundedFee()).isEqualTo(199);
		assertThat(holdings(bought)).containsExactly(new Holding("sword", 2));
	}

	@Test
	void stopsWatchingForRefundsAfterTheWatch() {
		Bought bought = deliveredByReconciliation("shield", 1, 299);

		this.clock.advance(Duration.ofHours(73));
		this.reconciler.reconcileDue();

		assertThat(order(bought).nextCheckAt()).isNull();
	}

	@Test
	void marksAnOrderRefundedBeforeDeliveryWithoutGrantingIt() {
		Bought bought = buy("shield", 1);
		platform.pay(bought.outTradeNo(), 299);
		platform.refund(bought.outTradeNo(), 299);
		this.clock.advance(Duration.ofMinutes(3));

		this.reconciler.reconcileDue();
		TestApi.Response late = this.api.notify(platform.notification("demo-minigame", bought.outTradeNo())
			.paid(bought.user().openid(), "shield", 1, 299)
			.body());

		assertThat(order(bought).status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(late.status()).isEqualTo(200);
		assertThat(holdings(bought)).isEmpty();
	}

	@Test
	void getsANewAccessTokenWhenThePlatformRevokedTheCachedOne() {
		Bought bought = buy("sword", 1);
		platform.pay(bought.outTradeNo(), 199);
		platform.revokeAccessTokens();
		this.clock.advance(Duration.ofMinutes(3));

		this.reconciler.reconcileDue();

		assertThat(order(bought).status()).isEqualTo(OrderStatus.DELIVERED);
	}

	private Bought deliveredByReconciliation(String productId, int quantity, long amount) {
		Bought bought = buy(productId, quantity);
		platform.pay(bought.outTradeNo(), amount);
		this.clock.advance(Duration.ofMinutes(3));
		this.reconciler.reconcileDue();
		assertThat(order(bought).status()).isEqualTo(OrderStatus.DELIVERED);
		return bought;
	}

	private Bought buy(String productId, int quantity) {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		JsonNode order = this.api.order(user, productId, quantity);
		return new Bought(user, order.path("outTradeNo").asString());
	}

	private OrderSnapshot order(Bought bought) {
		return this.orders.findByOutTradeNo(bought.outTradeNo()).orElseThrow();
	}

	private List<Holding> holdings(Bought bought) {
		return this.inventory.holdings("demo-minigame", bought.user().openid());
	}

	private record Bought(TestApi.User user, String outTradeNo) {
	}

}
