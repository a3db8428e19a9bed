package dev.vpaysandbox.e2e.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.support.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round of the hostile-input drill: every answer is checked for its endpoint's error
 * shape and counted, and at the end no stored row of either service may have changed
 * (every table's rows hashed before and after; order-service's notification_log, which
 * records every notification received by design, is checked by the drill itself). The
 * counts of all rounds add up in {@link Totals} for the drill's figures.
 */
final class HostileRound {

	private final Totals totals;

	private final JdbcTemplate orderDb;

	private final JdbcTemplate mockDb;

	private final Map<String, String> orderBefore;

	private final Map<String, String> mockBefore;

	private final Map<String, Integer> perEndpoint = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	HostileRound(Totals totals, JdbcTemplate orderDb, JdbcTemplate mockDb) {
		this.totals = totals;
		this.orderDb = orderDb;
		this.mockDb = mockDb;
		this.orderBefore = snapshot(orderDb);
		this.mockBefore = snapshot(mockDb);
	}

	/** The error shapes of the endpoints. */
	enum Shape {

		/** RFC 9457 problem details typed https://vpay-sandbox.dev/problems/... */
		PROBLEM,
		/** The JS API's {"errMsg":"...:fail ...","errCode":-150xx}. */
		JS_API,
		/** OpenServer and /xpay: HTTP 200 (or 4xx) with a non-zero errcode. */
		ERRCODE,
		/** The notification receiver's envelope with a non-zero returnCode. */
		RETURN_CODE

	}

	/** An endpoint under attack, with its error shape and the headers it needs. */
	record Endpoint(String method, String url, Shape shape, String... headers) {

		String path() {
			return this.url.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
		}

	}

	/** Checks an answer to one malformed input and counts it under {@code label}. */
	void check(Endpoint endpoint, String label, String input, Reply answer) {
		this.perEndpoint.merge(label, 1, Integer::sum);
		String what = endpoint.method() + " " + endpoint.path() + " <- " + shorten(input) + " => " + answer;
		if (answer.status() >= 500) {
			this.totals.serverErrors++;
			this.failures.add("5xx: " + what);
			return;
		}
		if (endpoint.method().equals("GET") && answer.status() == 200) {
			return; // a read with odd but harmless parameters (none, an unknown appId)
		}
		if (answer.status() == 400 && answer.contentType().startsWith("text/html")
				&& !answer.body().contains("Apache Tomcat/")) {
			this.totals.containerRefusals++;
			return; // refused by Tomcat before the app (encoded slash, header too large)
		}
		if (!rightShape(endpoint.shape(), answer)) {
			this.totals.wrongShapes++;
			this.failures.add("wrong answer: " + what);
		}
	}

	private static boolean rightShape(Shape shape, Reply answer) {
		return switch (shape) {
			case PROBLEM -> answer.status() >= 400 && answer.contentType().startsWith("application/problem+json")
					&& answer.body().contains("\"type\":\"https://vpay-sandbox.dev/problems/");
			case JS_API -> answer.status() >= 400 && answer.body().contains("\"errMsg\":\"")
					&& answer.body().contains(":fail") && answer.body().contains("\"errCode\":");
			case ERRCODE -> (answer.status() == 200 || answer.status() >= 400) && answer.body().contains("\"errcode\":")
					&& !answer.body().contains("\"errcode\":0,");
			case RETURN_CODE -> answer.status() >= 400 && answer.body().contains("\"returnCode\":\"")
					&& !answer.body().contains("\"returnCode\":\"0\"");
		};
	}

	/**
	 * Asserts that every input was answered rightly, that there were at least
	 * {@code minimum}, and that no stored row changed; adds the round to the totals.
	 */
	void assertRefusedEverythingAndChangedNothing(int minimum) {
		int inputs = this.perEndpoint.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, String> orderAfter = snapshot(this.orderDb);
		Map<String, String> mockAfter = snapshot(this.mockDb);
		int changed = changedTables(this.orderBefore, orderAfter) + changedTables(this.mockBefore, mockAfter);
		this.totals.add(this.perEndpoint, changed, this.orderBefore.size(), this.mockBefore.size());
		assertThat(this.failures).as(this.failures.size() + " of " + inputs + " inputs answered wrongly").isEmpty();
		assertThat(inputs).isGreaterThanOrEqualTo(minimum);
		assertThat(orderAfter).as("order-service's tables").isEqualTo(this.orderBefore);
		assertThat(mockAfter).as("the mock's tables").isEqualTo(this.mockBefore);
	}

	private static int changedTables(Map<String, String> before, Map<String, String> after) {
		int changed = 0;
		for (String table : after.keySet()) {
			if (!after.get(table).equals(before.get(table))) {
				changed++;
			}
		}
		return changed;
	}

	/** Every table's row count and a hash of its rows, in a stable order. */
	static Map<String, String> snapshot(JdbcTemplate db) {
		Map<String, String> tables = new TreeMap<>();
		List<String> names = db.queryForList("select table_name from information_schema.tables"
				+ " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'", String.class);
		for (String name : names) {
			String table = name.toLowerCase();
			if (table.startsWith("flyway") || table.equals("notification_log")) {
				continue;
			}
			List<String> rows = new ArrayList<>();
			db.query("select * from " + table, (row) -> {
				StringBuilder text = new StringBuilder();
				for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
					text.append(row.getString(i)).append('|');
				}
				rows.add(text.toString());
			});
			rows.sort(null);
			tables.put(table, rows.size() + " rows, hash " + Integer.toHexString(rows.hashCode()));
		}
		return tables;
	}

	private static String shorten(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	/** What every round of the drill measured, for its one line of figures. */
	static final class Totals {

		final Map<String, Integer> perEndpoint = new TreeMap<>();

		int serverErrors;

		int wrongShapes;

		int containerRefusals;

		int tablesChanged;

		int orderTables;

		int mockTables;

		void add(Map<String, Integer> round, int changed, int orderTables, int mockTables) {
			round.forEach((endpoint, count) -> this.perEndpoint.merge(endpoint, count, Integer::sum));
			this.tablesChanged += changed;
			this.orderTables = orderTables;
			this.mockTables = mockTables;
		}

		int inputs() {
			return this.perEndpoint.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
