package dev.vpaysandbox.e2e.drills;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.e2e.support.SandboxServices.Database;
import dev.vpaysandbox.mock.SuperappBackendMockApplication;
import dev.vpaysandbox.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill 2: order-service, a real process, is killed with SIGKILL while the mock is
 * delivering notifications to it, then started again on the same database. Every paid
 * order ends delivered exactly once: what committed before the kill stays, what the kill
 * cut short is retried by the mock (or found by reconciliation) and delivered once.
 */
class CrashRestartDrillIT {

	private static final int USERS = 8;

	private static final int ORDERS_PER_USER = 12;

	private static final int PURCHASES = USERS * ORDERS_PER_USER;

	/** Acknowledged notifications before the kill. */
	private static final int KILL_AFTER_ACKS = 40;

	@ParameterizedTest
	@EnumSource(Database.class)
	void paidOrdersAreDeliveredExactlyOnceAcrossAKill(Database database) throws Exception {
		Path dataDir = Path.of("target", "e2e-h2", "drill_crash_order_" + System.nanoTime()).toAbsolutePath();
		String orderDatabaseUrl = (database == Database.H2) ? "jdbc:h2:file:" + dataDir + "/order-service"
				: Database.POSTGRES.newUrl("drill_crash_order");
		int orderPort = freePort();
		List<String> mockArgs = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + Database.H2.newUrl("drill_crash_mock"),
						"--vpay.sandbox.order-service-url=http://localhost:" + orderPort,
						"--vpay.mock.notify.time-scale=0.01"));
		ConfigurableApplicationContext mock = SuperappBackendMockApplication.builder()
			.run(mockArgs.toArray(String[]::new));
		OrderServiceProcess orderService = null;
		try {
			String mockUrl = "http://localhost:" + ((WebServerApplicationContext) mock).getWebServer().getPort();
			JdbcTemplate mockDb = new JdbcTemplate(mock.getBean(javax.sql.DataSource.class));
			// on H2, order-service's own datasource URL (only its directory moved)
			List<String> orderArgs = new ArrayList<>(List.of(
					(database == Database.H2) ? "--vpay.data-dir=" + dataDir
							: "--spring.datasource.url=" + orderDatabaseUrl,
					"--vpay.order.platform.base-url=" + mockUrl, "--vpay.order.keys.retry-initial=100ms",
					"--vpay.order.reconciliation.interval=1s", "--vpay.order.reconciliation.min-age=3s",
					"--vpay.order.reconciliation.recheck-interval=1s"));
			orderArgs.addAll(database.credentialArgs());
			orderService = new OrderServiceProcess(orderPort, orderArgs,
					Path.of("target", "drills", "crash-" + database.name().toLowerCase()).toAbsolutePath())
				.start();
			String orderUrl = orderService.url();
			VpaySandbox platform = VpaySandbox.connect(mockUrl, SandboxServices.ADMIN_TOKEN);

			List<FrontEnd> players = new ArrayList<>();
			List<List<PlacedOrder>> orders = new ArrayList<>();
			for (int u = 0; u < USERS; u++) {
				FrontEnd player = FrontEnd
					.at(platform, orderUrl, (u % 2 == 0) ? DemoApp.MINI_GAME : DemoApp.MINI_PROGRAM)
					.logIn();
				List<PlacedOrder> placed = new ArrayList<>();
				for (int i = 0; i < ORDERS_PER_USER; i++) {
					placed.add(player.placeOrder("sword", 1 + i % 3));
				}
				players.add(player);
				orders.add(placed);
			}

			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(USERS);
			List<Future<?>> payments = new ArrayList<>();
			for (int u = 0; u < USERS; u++) {
				FrontEnd player = players.get(u);
				List<PlacedOrder> placed = orders.get(u);
				payments.add(pool.submit(() -> {
					for (PlacedOrder order : placed) {
						JsApiResult paid = player.pay(order);
						assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
						Thread.sleep(20);
					}
					return null;
				}));
			}
			await("notifications being delivered").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> acked(mockDb) >= KILL_AFTER_ACKS);
			orderService.kill();
			java.time.Instant killInstant = java.time.Instant.now();
			long killedAt = Drills.since(start);
			List<String> ackedByKilledProcess = mockDb.queryForList("select p.out_trade_no from notification n"
					+ " join payment p on p.id = n.payment_id where n.status = 'ACKED'", String.class);
			long ackedBeforeKill = ackedByKilledProcess.size();
			for (Future<?> payment : payments) {
				payment.get();
			}
			pool.shutdown();
			long restartStart = System.nanoTime();
			orderService.start();
			long restartMillis = Drills.since(restartStart);

			await("every notification acknowledged").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> acked(mockDb) >= PURCHASES);
			for (int u = 0; u < USERS; u++) {
				for (PlacedOrder order : orders.get(u)) {
					players.get(u).awaitDelivered(order);
				}
			}
			long allDeliveredMillis = Drills.since(start);
			Map<String, Long> attempts = Drills.countBy(mockDb,
					"select outcome, count(*) from notification_attempt group by outcome");
			orderService.stop();

			JdbcTemplate orderDb = new JdbcTemplate(dataSource(orderDatabaseUrl, database));
			long deliveries = Drills.count(orderDb, "select count(*) from delivery");
			long orderCount = Drills.count(orderDb, "select count(*) from purchase_order");
			assertThat(orderCount).isEqualTo(PURCHASES);
			Drills.assertEveryOrderDeliveredOnce(orderDb, PURCHASES);
			assertThat(Drills.count(mockDb, "select count(*) from notification where status <> 'ACKED'"))
				.as("notifications not acknowledged")
				.isZero();
			List<String> deliveredAfterKill = orderDb.queryForList(
					"select o.out_trade_no from delivery d"
							+ " join purchase_order o on o.id = d.order_id where d.delivered_at > ?",
					String.class, java.sql.Timestamp.from(killInstant));
			List<String> redone = deliveredAfterKill.stream().filter(ackedByKilledProcess::contains).toList();
			assertThat(redone)
				.as("deliveries acknowledged before the kill that had to be made again after it (lost commits)")
				.isEmpty();
			Map<String, Long> sources = Drills.countBy(orderDb,
					"select source, count(*) from delivery group by source");
			Map<String, Long> outcomes = Drills.countBy(orderDb,
					"select outcome, count(*) from notification_log group by outcome");
			Drills.figures("crash",
					database + " purchases=" + orderCount + " killed (SIGKILL) after " + ackedBeforeKill + " acks at "
							+ killedAt + " ms; not yet acked at the kill=" + (orderCount - ackedBeforeKill)
							+ "; restart to ready " + restartMillis + " ms; all delivered at " + allDeliveredMillis
							+ " ms; deliveries=" + deliveries + " by source " + sources
							+ "; acknowledged before the kill and redone after it=" + redone.size() + "; mock attempts "
							+ attempts + "; order-service notifications " + outcomes);
		}
		finally {
			if (orderService != null) {
				orderService.stop();
			}
			mock.close();
		}
	}

	private static long acked(JdbcTemplate mockDb) {
		return Drills.count(mockDb, "select count(*) from notification where status = 'ACKED'");
	}

	private static javax.sql.DataSource dataSource(String url, Database database) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
		if (database == Database.POSTGRES) {
			dataSource.setUsername(PostgresTestDatabase.user());
			dataSource.setPassword(PostgresTestDatabase.password());
		}
		return dataSource;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
