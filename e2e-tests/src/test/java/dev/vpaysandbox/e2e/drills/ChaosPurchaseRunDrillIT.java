package dev.vpaysandbox.e2e.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill 1: 1000 purchases through both services while the mock duplicates, reorders and
 * delays 30% of the notifications each (seeded, so a run is repeatable). Judged by what
 * order-service's tables hold, not by status codes: 1000 deliveries, one grant per order,
 * no order left CREATED. Reconciliation is off, so every delivery is a notification's.
 */
class ChaosPurchaseRunDrillIT {

	static final String SCENARIO = "duplicate=1@30%, reverse=3s@30%, delay=2s@30%, seed=42";

	private static final int USERS = 40;

	private static final int ORDERS_PER_USER = 25;

	private static final int PURCHASES = USERS * ORDERS_PER_USER;

	private static SandboxServices services;

	@BeforeAll
	static void start() {
		services = SandboxServices.builder()
			.mockArg("--vpay.mock.notify.time-scale=0.01")
			.orderArg("--vpay.order.reconciliation.enabled=false")
			.start();
	}

	@AfterAll
	static void stop() {
		services.close();
	}

	@Test
	void aThousandChaoticPurchasesAreEachDeliveredAndGrantedExactlyOnce() throws Exception {
		long start = System.nanoTime();
		AtomicInteger paid = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<List<String>>> users = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			DemoApp app = (u % 2 == 0) ? DemoApp.MINI_GAME : DemoApp.MINI_PROGRAM;
			users.add(pool.submit(() -> {
				FrontEnd player = FrontEnd.newUser(services, app).logIn();
				List<String> outTradeNos = new ArrayList<>();
				for (int i = 0; i < ORDERS_PER_USER; i++) {
					PlacedOrder order = player.placeOrder(List.of("sword", "shield", "gem-pack").get(i % 3), 1 + i % 4);
					JsApiResult result = player.pay(player.paymentCall(order).withScenario(SCENARIO));
					assertThat(result.httpStatus()).as(result.toString()).isEqualTo(200);
					outTradeNos.add(order.outTradeNo());
					paid.incrementAndGet();
				}
				return outTradeNos;
			}));
		}
		List<String> outTradeNos = new ArrayList<>();
		for (Future<List<String>> user : users) {
			outTradeNos.addAll(user.get());
		}
		pool.shutdown();
		long paidMillis = Drills.since(start);
		assertThat(paid).hasValue(PURCHASES);

		JdbcTemplate orderDb = Drills.orderDatabase(services);
		JdbcTemplate mockDb = Drills.mockDatabase(services);
		await("1000 deliveries").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Drills.count(orderDb, "select count(*) from delivery"), (n) -> n >= PURCHASES);
		long deliveredMillis = Drills.since(start);
		await("every notification acknowledged").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Drills.count(mockDb, "select count(*) from notification where status = 'ACKED'"),
					(n) -> n >= PURCHASES);
		long ackedMillis = Drills.since(start);

		long orders = Drills.count(orderDb, "select count(*) from purchase_order");
		assertThat(orders).isEqualTo(PURCHASES);
		assertThat(Drills.count(orderDb, "select count(*) from delivery")).as("deliveries").isEqualTo(PURCHASES);
		assertThat(Drills.count(orderDb, "select count(*) from delivery where source = 'NOTIFICATION'"))
			.as("deliveries by notification")
			.isEqualTo(PURCHASES);
		assertThat(Drills.count(orderDb, "select count(*) from inventory_entry where kind = 'GRANT'")).as("grants")
			.isEqualTo(PURCHASES);
		assertThat(
				Drills
					.count(orderDb,
							"select count(*) from (select order_id from inventory_entry where kind = 'GRANT'"
									+ " group by order_id having count(*) > 1) twice"))
			.as("orders granted twice")
			.isZero();
		assertThat(Drills.count(orderDb,
				"select count(*) from purchase_order o join inventory_entry i on i.order_id = o.id"
						+ " where i.quantity <> o.quantity or i.product_id <> o.product_id or i.openid <> o.openid"))
			.as("grants that differ from their order")
			.isZero();
		long stuck = Drills.count(orderDb, "select count(*) from purchase_order where status <> 'DELIVERED'");
		assertThat(stuck).as("orders stuck").isZero();
		assertThat(Drills.count(mockDb, "select count(*) from notification where status <> 'ACKED'"))
			.as("notifications not acknowledged")
			.isZero();
		assertThat(outTradeNos).doesNotHaveDuplicates().hasSize(PURCHASES);

		Map<String, Long> outcomes = Drills.countBy(orderDb,
				"select outcome, count(*) from notification_log group by outcome");
		long duplicated = Drills.count(mockDb, "select count(*) from payment where scenario like '%duplicate%'");
		long reversed = Drills.count(mockDb, "select count(*) from payment where scenario like '%reverse%'");
		long delayed = Drills.count(mockDb, "select count(*) from payment where scenario like '%delay%'");
		assertThat(duplicated).as("payments duplicated").isBetween(200L, 400L);
		assertThat(reversed).as("payments reversed").isBetween(200L, 400L);
		assertThat(delayed).as("payments delayed").isBetween(200L, 400L);
		assertThat(outcomes.getOrDefault("DUPLICATE", 0L)).as("duplicates received").isPositive();
		long attempts = Drills.count(mockDb, "select count(*) from notification_attempt");
		Drills.figures("chaos",
				"purchases=" + orders + " (users="
						+ Drills.count(orderDb, "select count(distinct openid) from purchase_order") + ") scenario='"
						+ SCENARIO + "' faults fired: duplicate=" + duplicated + " reverse=" + reversed + " delay="
						+ delayed + "; attempts sent=" + attempts + "; order-service notifications=" + outcomes
						+ "; deliveries=" + Drills.count(orderDb, "select count(*) from delivery") + " grants="
						+ Drills.count(orderDb, "select count(*) from inventory_entry") + " stuck=" + stuck
						+ "; paid in " + paidMillis + " ms, all delivered at " + deliveredMillis + " ms, all acked at "
						+ ackedMillis + " ms (" + services.database() + ")");
	}

}
