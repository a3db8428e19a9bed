package dev.vpaysandbox.e2e.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.e2e.support.SandboxServices.Database;
import dev.vpaysandbox.mock.SuperappBackendMockApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill 3: two mock instances on one PostgreSQL database, both dispatching the same
 * outbox. Every notification is acknowledged, both instances take part, a notification
 * sent by both is counted (the protocol allows at-least-once), and order-service delivers
 * each order once.
 */
class TwoMockInstancesDrillIT {

	private static final int USERS = 20;

	private static final int ORDERS_PER_USER = 15;

	private static final int PURCHASES = USERS * ORDERS_PER_USER;

	@Test
	void twoDispatchersDeliverEveryNotificationAndOrderServiceDeliversOnce() throws Exception {
		SandboxServices services = SandboxServices.builder()
			.database(Database.POSTGRES)
			.mockArg("--vpay.mock.notify.time-scale=0.01")
			.mockArg("--vpay.mock.notify.poll-interval=200ms")
			.orderArg("--vpay.order.reconciliation.enabled=false")
			.start();
		List<String> secondArgs = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + services.mockDatabaseUrl(),
						"--vpay.sandbox.order-service-url=" + services.orderUrl(), "--vpay.mock.notify.time-scale=0.01",
						"--vpay.mock.notify.poll-interval=200ms"));
		secondArgs.addAll(Database.POSTGRES.credentialArgs());
		ConfigurableApplicationContext second = SuperappBackendMockApplication.builder()
			.run(secondArgs.toArray(String[]::new));
		try {
			String secondUrl = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<?>> users = new ArrayList<>();
			for (int u = 0; u < USERS; u++) {
				String mockUrl = (u % 2 == 0) ? services.mockUrl() : secondUrl;
				DemoApp app = (u % 4 < 2) ? DemoApp.MINI_GAME : DemoApp.MINI_PROGRAM;
				users.add(pool.submit(() -> {
					FrontEnd player = FrontEnd
						.at(VpaySandbox.connect(mockUrl, SandboxServices.ADMIN_TOKEN), services.orderUrl(), app)
						.logIn();
					for (int i = 0; i < ORDERS_PER_USER; i++) {
						PlacedOrder order = player.placeOrder("shield", 1);
						JsApiResult paid = player.pay(order);
						assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
					}
					return null;
				}));
			}
			for (Future<?> user : users) {
				user.get();
			}
			pool.shutdown();
			JdbcTemplate mockDb = Drills.mockDatabase(services);
			JdbcTemplate orderDb = Drills.orderDatabase(services);
			await("every notification acknowledged").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> Drills.count(mockDb,
						"select count(*) from notification where status = 'ACKED'") >= PURCHASES);
			long millis = Drills.since(start);

			long notifications = Drills.count(mockDb, "select count(*) from notification");
			assertThat(notifications).isEqualTo(PURCHASES);
			assertThat(Drills.count(mockDb, "select count(*) from notification where status <> 'ACKED'")).as("lost")
				.isZero();
			Drills.assertEveryOrderDeliveredOnce(orderDb, PURCHASES);
			long deliveries = Drills.count(orderDb, "select count(*) from delivery");
			Map<String, Long> byInstance = Drills.countBy(mockDb,
					"select instance, count(*) from notification_attempt group by instance");
			assertThat(byInstance).as("attempts by instance").hasSize(2);
			assertThat(byInstance.values()).as("both instances dispatched").allMatch((n) -> n > 0);
			long sentTwice = Drills.count(mockDb,
					"select count(*) from (select notification_id from notification_attempt"
							+ " where outcome = 'ACKNOWLEDGED' group by notification_id having count(*) > 1) twice");
			long sentByBoth = Drills.count(mockDb,
					"select count(*) from (select notification_id from notification_attempt"
							+ " group by notification_id having count(distinct instance) > 1) by_both");
			Map<String, Long> attempts = Drills.countBy(mockDb,
					"select outcome, count(*) from notification_attempt group by outcome");
			Map<String, Long> outcomes = Drills.countBy(orderDb,
					"select outcome, count(*) from notification_log group by outcome");
			assertThat(outcomes.getOrDefault("DELIVERED", 0L)).isEqualTo(PURCHASES);
			Drills.figures("two-mocks",
					services.database() + " purchases=" + notifications + " attempts by instance " + byInstance.values()
							+ " attempts " + attempts + "; notifications acknowledged more than once=" + sentTwice
							+ " touched by both instances=" + sentByBoth + "; order-service notifications " + outcomes
							+ "; deliveries=" + deliveries + "; all acked in " + millis + " ms");
		}
		finally {
			second.close();
			services.close();
		}
	}

}
