package dev.vpaysandbox.e2e.drills;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.e2e.support.SandboxServices.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the drills share: services per database, running many calls at once, and a look
 * into order-service's tables. Raw HTTP is {@link Http}'s, the mock's API the sandbox
 * client's, a signed notification {@code DemoApp.signedNotification}'s.
 */
final class Drills {

	private static final Map<Database, SandboxServices> SERVICES = new EnumMap<>(Database.class);

	private Drills() {
	}

	/**
	 * Services on this database: the shared ones when it is the environment's database,
	 * otherwise services of the drills' own, started once per JVM. PostgreSQL without a
	 * server skips the test (fails in CI).
	 */
	static synchronized SandboxServices services(Database database) {
		if (database == Database.fromEnvironment()) {
			return SandboxServices.shared();
		}
		return SERVICES.computeIfAbsent(database, (db) -> {
			SandboxServices services = SandboxServices.builder().database(db).start();
			Runtime.getRuntime().addShutdownHook(new Thread(services::close));
			return services;
		});
	}

	/**
	 * Runs every task at the same moment (all threads wait at a latch first) and returns
	 * their results in order.
	 */
	static <T> List<T> allAtOnce(List<Callable<T>> tasks) {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (Exception ex) {
			throw new IllegalStateException("concurrent calls failed", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** order-service's database of these services. */
	static JdbcTemplate orderDatabase(SandboxServices services) {
		return new JdbcTemplate(services.orderContext().getBean(DataSource.class));
	}

	/** The mock's database of these services. */
	static JdbcTemplate mockDatabase(SandboxServices services) {
		return new JdbcTemplate(services.mockContext().getBean(DataSource.class));
	}

	/** The openid order-service stored for an order. */
	static String openIdOf(JdbcTemplate orderDb, String outTradeNo) {
		return orderDb.queryForObject("select openid from purchase_order where out_trade_no = ?", String.class,
				outTradeNo);
	}

	/** How many deliveries and grants an order has: {deliveries, grants}. */
	static long[] deliveriesAndGrants(JdbcTemplate orderDb, String outTradeNo) {
		Long deliveries = orderDb.queryForObject(
				"select count(*) from delivery d join purchase_order o on o.id = d.order_id where o.out_trade_no = ?",
				Long.class, outTradeNo);
		Long grants = orderDb.queryForObject(
				"select count(*) from inventory_entry i join purchase_order o"
						+ " on o.id = i.order_id where o.out_trade_no = ? and i.kind = 'GRANT'",
				Long.class, outTradeNo);
		return new long[] { deliveries, grants };
	}

	/** A two-column query (key, count) as a map. */
	static Map<String, Long> countBy(JdbcTemplate db, String sql) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		db.query(sql, (row) -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	/** Milliseconds since a start, for the figures a drill prints. */
	static long since(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/** One line of figures, prefixed so that RELIABILITY.md can be filled from a log. */
	static void figures(String drill, String text) {
		System.out.println("[drill-figures] " + drill + ": " + text);
	}

	/**
	 * order-service's side of "every paid order delivered exactly once": as many
	 * deliveries and grants as purchases, and no order left undelivered.
	 */
	static void assertEveryOrderDeliveredOnce(JdbcTemplate orderDb, long purchases) {
		assertThat(count(orderDb, "select count(*) from delivery")).as("deliveries").isEqualTo(purchases);
		assertThat(count(orderDb, "select count(*) from inventory_entry where kind = 'GRANT'")).as("grants")
			.isEqualTo(purchases);
		assertThat(count(orderDb, "select count(*) from purchase_order where status <> 'DELIVERED'"))
			.as("orders not delivered")
			.isZero();
	}

	/** The single number a counting query answers. */
	static long count(JdbcTemplate db, String sql) {
		return db.queryForObject(sql, Long.class);
	}

}
