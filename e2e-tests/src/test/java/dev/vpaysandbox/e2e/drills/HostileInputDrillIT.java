package dev.vpaysandbox.e2e.drills;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.client.DemoApp;
import dev.vpaysandbox.e2e.client.FrontEnd;
import dev.vpaysandbox.e2e.client.PlacedOrder;
import dev.vpaysandbox.e2e.client.SandboxAdmin;
import dev.vpaysandbox.e2e.drills.Drills.Answer;
import dev.vpaysandbox.e2e.drills.HostileInputs.Input;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill 5: seeded malformed input against every public endpoint of both services. Never a
 * 5xx; each refusal in the endpoint's own error shape (problem details, the JS API's
 * errMsg/errCode, OpenServer's and /xpay's errcode, the notification receiver's
 * returnCode); and no stored row changes (every table's rows hashed before and after;
 * order-service's notification_log, which records every notification received by design,
 * is checked separately).
 */
class HostileInputDrillIT {

	private static final long SEED = 20261127L;

	private static final int PER_BODY_ENDPOINT = 30;

	/** Inputs Tomcat refused (400) before they reached either app. */
	private static final java.util.concurrent.atomic.AtomicInteger CONTAINER_REFUSALS = new java.util.concurrent.atomic.AtomicInteger();

	private static SandboxServices services;

	private static FrontEnd player;

	private static PlacedOrder order;

	@BeforeAll
	static void start() {
		services = SandboxServices.builder().orderArg("--vpay.order.reconciliation.enabled=false").start();
		player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		order = player.placeOrder("sword", 1);
		player.pay(order);
		player.awaitDelivered(order);
		await().until(() -> SandboxAdmin.of(services).payment(DemoApp.MINI_GAME, order.outTradeNo()).orElseThrow(),
				(payment) -> payment.status().equals("DELIVERED"));
		player.placeOrder("shield", 2);
	}

	@AfterAll
	static void stop() {
		services.close();
	}

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

	record Endpoint(String method, String url, Shape shape, String[] headers) {
	}

	@Test
	void malformedInputNeverFailsTheServicesNorChangesAStoredRow() {
		JdbcTemplate orderDb = Drills.orderDatabase(services);
		JdbcTemplate mockDb = Drills.mockDatabase(services);
		Map<String, String> orderBefore = snapshot(orderDb);
		Map<String, String> mockBefore = snapshot(mockDb);
		long notificationsBefore = Drills.count(orderDb, "select count(*) from notification_log");

		HostileInputs inputs = new HostileInputs(SEED);
		String mock = services.mockUrl();
		String orders = services.orderUrl();
		String[] admin = { "Authorization", "Bearer " + SandboxAdmin.ADMIN_TOKEN };
		String[] user = { "Authorization", "Bearer " + player.sessionToken() };
		String[] none = {};
		Map<String, Integer> perEndpoint = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();

		Map<Endpoint, Map<String, Object>> bodyEndpoints = new LinkedHashMap<>();
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/wx/login", Shape.PROBLEM, none),
				map("appId", "no-such-app", "userId", "\u0001bad"));
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/wx/requestMidasPaymentGameItem", Shape.JS_API, none),
				map("appId", "demo-minigame", "userId", "never-logged-in", "signData", order.signData(), "paySig",
						"0".repeat(64), "signature", "zz"));
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/wx/requestVirtualPayment", Shape.JS_API, none),
				map("appId", "demo-miniprogram", "userId", "never-logged-in", "signData", order.signData(), "paySig",
						"0".repeat(64), "signature", "zz", "mode", "short_series_goods"));
		for (String xpay : List.of("query_order", "refund_order", "notify_provide_goods")) {
			bodyEndpoints.put(
					new Endpoint("POST", mock + "/xpay/" + xpay + "?access_token=not-a-token&pay_sig=" + "0".repeat(64),
							Shape.ERRCODE, none),
					map("openid", "o-nobody", "env", 0, "order_id", order.outTradeNo(), "refund_order_id", "R1",
							"left_fee", 199, "refund_fee", 199, "refund_reason", "x", "req_from", "x"));
		}
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/keys/exchange", Shape.PROBLEM, none),
				map("appId", "demo-minigame", "appSecret", "wrong-secret", "env", 0));
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/apps", Shape.PROBLEM, admin), map("appId", "bad id!",
				"appSecret", "short", "type", "mini-game", "currencies", List.of("USD"), "notifyUrl", "not a url"));
		bodyEndpoints.put(new Endpoint("PATCH", mock + "/sandbox/apps/no-such-app", Shape.PROBLEM, admin),
				map("notifyUrl", "not a url", "paymentEnabled", "maybe"));
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/items", Shape.PROBLEM, admin),
				map("productId", "bad product!", "price", -5, "currency", "XXX"));
		bodyEndpoints.put(
				new Endpoint("PATCH", mock + "/sandbox/apps/demo-minigame/items/no-such-item", Shape.PROBLEM, admin),
				map("price", -1, "currency", "XXX"));
		bodyEndpoints.put(new Endpoint("PUT", mock + "/sandbox/scenarios/apps/no-such-app", Shape.PROBLEM, admin),
				map("spec", "bogus@@", "seed", "x"));
		bodyEndpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/keys/rotate", Shape.PROBLEM, admin),
				map("env", 7, "graceSeconds", -1));
		bodyEndpoints.put(new Endpoint("POST", orders + "/api/login", Shape.PROBLEM, none),
				map("code", "bogus-code", "appId", "no-such-app"));
		bodyEndpoints.put(new Endpoint("POST", orders + "/api/orders", Shape.PROBLEM, user),
				map("productId", "no-such-product", "quantity", -1, "platform", "android"));
		Secret wrongKey = Secret.of("wrongwrongwrongwrongwrongwrong12");
		String notification = Drills.notification(wrongKey, DemoApp.MINI_GAME, order.outTradeNo(),
				Drills.openIdOf(orderDb, order.outTradeNo()), "sword", 1, 199);
		Map<String, Object> envelope = new LinkedHashMap<>();
		Drills.JSON.readTree(notification)
			.properties()
			.forEach((e) -> envelope.put(e.getKey(), e.getValue().asString()));
		bodyEndpoints.put(new Endpoint("POST", orders + "/notify/virtual-payment", Shape.RETURN_CODE, none), envelope);

		for (Map.Entry<Endpoint, Map<String, Object>> entry : bodyEndpoints.entrySet()) {
			Endpoint endpoint = entry.getKey();
			List<Input> bodies = new ArrayList<>(inputs.bodies(entry.getValue(), PER_BODY_ENDPOINT));
			for (String field : List.of("signData", "Payload")) {
				if (entry.getValue().get(field) instanceof String text) {
					for (int i = 0; i < 15; i++) {
						Map<String, Object> fuzzed = new LinkedHashMap<>(entry.getValue());
						fuzzed.put(field, inputs.fuzz(text));
						bodies.add(new Input("fuzzed " + field, Drills.JSON.writeValueAsBytes(fuzzed),
								"application/json"));
					}
				}
			}
			for (Input input : bodies) {
				String[] headers = concat(endpoint.headers(), "Content-Type", input.contentType());
				Answer answer = Drills.send(endpoint.method(), endpoint.url(), input.body(), headers);
				check(endpoint, input.toString(), answer, failures);
				perEndpoint.merge(endpoint.method() + " " + path(endpoint.url()), 1, Integer::sum);
			}
		}

		Map<Endpoint, Map<String, String>> queryEndpoints = new LinkedHashMap<>();
		queryEndpoints.put(new Endpoint("GET", mock + "/openserver/sns/jscode2session", Shape.ERRCODE, none),
				map("appid", "demo-minigame", "secret", "wrong-secret", "js_code", "bogus", "grant_type",
						"authorization_code"));
		queryEndpoints.put(new Endpoint("GET", mock + "/openserver/cgi-bin/token", Shape.ERRCODE, none),
				map("appid", "demo-minigame", "secret", "wrong-secret", "grant_type", "client_credential"));
		queryEndpoints.put(new Endpoint("GET", mock + "/sandbox/payments", Shape.PROBLEM, admin),
				map("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		queryEndpoints.put(new Endpoint("GET", mock + "/sandbox/notifications", Shape.PROBLEM, admin),
				map("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		queryEndpoints.put(new Endpoint("GET", mock + "/sandbox/journal", Shape.PROBLEM, admin),
				map("afterId", "abc", "limit", "-1"));
		queryEndpoints.put(new Endpoint("GET", orders + "/api/products", Shape.PROBLEM, none),
				map("appId", "no-such-app"));
		for (Map.Entry<Endpoint, Map<String, String>> entry : queryEndpoints.entrySet()) {
			Endpoint endpoint = entry.getKey();
			for (String query : queries(inputs, entry.getValue())) {
				Answer answer = Drills.send(endpoint.method(), endpoint.url() + "?" + query, null, endpoint.headers());
				check(endpoint, query, answer, failures);
				perEndpoint.merge(endpoint.method() + " " + path(endpoint.url()), 1, Integer::sum);
			}
		}

		List<Endpoint> pathEndpoints = List.of(new Endpoint("GET", orders + "/api/orders/", Shape.PROBLEM, user),
				new Endpoint("GET", mock + "/sandbox/cashier/", Shape.PROBLEM, none),
				new Endpoint("POST", mock + "/sandbox/cashier/%s/pay", Shape.PROBLEM, none),
				new Endpoint("POST", mock + "/sandbox/payments/%s/pay", Shape.PROBLEM, admin),
				new Endpoint("GET", mock + "/sandbox/notifications/", Shape.PROBLEM, admin),
				new Endpoint("POST", mock + "/sandbox/notifications/%s/redeliver", Shape.PROBLEM, admin));
		for (Endpoint endpoint : pathEndpoints) {
			for (int i = 0; i < 20; i++) {
				String segment = inputs.queryValue().replace("+", "%20");
				if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
					segment = "x";
				}
				String url = endpoint.url().contains("%s") ? endpoint.url().replace("%s", segment)
						: endpoint.url() + segment;
				Answer answer = Drills.send(endpoint.method(), url, null, endpoint.headers());
				check(endpoint, url, answer, failures);
				perEndpoint.merge(endpoint.method() + " " + path(endpoint.url()), 1, Integer::sum);
			}
		}
		for (String[] authorization : List.of(new String[] { "Authorization", "Bearer " + "x".repeat(8000) },
				new String[] { "Authorization", "Bearer \u00e9\u00e9" }, new String[] { "Authorization", "Bearer" },
				new String[] { "Authorization", "Basic Og==" },
				new String[] { "Authorization", "Bearer ' OR '1'='1" })) {
			for (String url : List.of(orders + "/api/inventory", orders + "/api/orders/" + order.outTradeNo())) {
				Answer answer = Drills.send("GET", url, null, authorization);
				Endpoint endpoint = new Endpoint("GET", url, Shape.PROBLEM, authorization);
				check(endpoint, authorization[1], answer, failures);
				assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
				perEndpoint.merge("GET " + path(url).replace(order.outTradeNo(), "{id}") + " (bad tokens)", 1,
						Integer::sum);
			}
		}
		long millis = Drills.since(start);

		int total = perEndpoint.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(failures).as(failures.size() + " of " + total + " inputs answered wrongly").isEmpty();
		assertThat(total).isGreaterThanOrEqualTo(500);
		assertThat(snapshot(orderDb)).as("order-service's tables").isEqualTo(orderBefore);
		assertThat(snapshot(mockDb)).as("the mock's tables").isEqualTo(mockBefore);
		long logged = Drills.count(orderDb, "select count(*) from notification_log") - notificationsBefore;
		assertThat(Drills.count(orderDb,
				"select count(*) from notification_log where id > 0"
						+ " and outcome in ('DELIVERED', 'DELIVERED_LATE', 'DUPLICATE')"))
			.as("accepted notifications")
			.isEqualTo(1);
		assertThat(player.inventory()).containsExactly(Map.entry("sword", 1L));
		Drills.figures("hostile",
				"inputs=" + total + " endpoints=" + perEndpoint.size()
						+ " 5xx=0 wrong shape=0 (Tomcat's own 400 before the app: " + CONTAINER_REFUSALS + ")"
						+ " rows changed=0 (tables hashed: order-service " + orderBefore.size() + ", mock "
						+ mockBefore.size() + "); notification_log rows added for rejected notifications=" + logged
						+ "; in " + millis + " ms; per endpoint " + perEndpoint);
	}

	private static void check(Endpoint endpoint, String input, Answer answer, List<String> failures) {
		String what = endpoint.method() + " " + path(endpoint.url()) + " <- " + shorten(input) + " => " + answer;
		if (answer.status() >= 500) {
			failures.add("5xx: " + what);
			return;
		}
		if (endpoint.method().equals("GET") && answer.status() == 200) {
			return; // a read with odd but harmless parameters (e.g. none, or an unknown
					// appId filter)
		}
		if (answer.status() == 400 && answer.contentType().startsWith("text/html")
				&& !answer.body().contains("Apache Tomcat/")) {
			CONTAINER_REFUSALS.incrementAndGet();
			return; // refused by Tomcat before the app (encoded slash or backslash,
					// header too large)
		}
		boolean right = switch (endpoint.shape()) {
			case PROBLEM -> answer.status() >= 400 && answer.contentType().startsWith("application/problem+json")
					&& answer.body().contains("\"type\":\"https://vpay-sandbox.dev/problems/");
			case JS_API -> answer.status() >= 400 && answer.body().contains("\"errMsg\":\"")
					&& answer.body().contains(":fail") && answer.body().contains("\"errCode\":");
			case ERRCODE -> (answer.status() == 200 || answer.status() >= 400) && answer.body().contains("\"errcode\":")
					&& !answer.body().contains("\"errcode\":0,");
			case RETURN_CODE -> answer.status() >= 400 && answer.body().contains("\"returnCode\":\"")
					&& !answer.body().contains("\"returnCode\":\"0\"");
		};
		if (!right) {
			failures.add("wrong answer: " + what);
		}
	}

	private static List<String> queries(HostileInputs inputs, Map<String, String> params) {
		List<String> queries = new ArrayList<>();
		queries.add("");
		for (String name : params.keySet()) {
			for (int i = 0; i < 6; i++) {
				queries.add(query(params, name, inputs.queryValue(), false));
			}
			queries.add(query(params, name, null, false));
			queries.add(query(params, name, inputs.queryValue(), true));
			queries.add(query(params, name, params.get(name), true));
			queries.add(query(params, name, "x".repeat(4000), false));
		}
		queries.add("&&&==&%25zz=%25zz");
		queries.add("a%5Bb%5D%5Bc%5D=1&" + query(params, "", null, false));
		return queries;
	}

	private static String query(Map<String, String> params, String changed, String value, boolean duplicate) {
		StringBuilder query = new StringBuilder();
		params.forEach((name, original) -> {
			if (name.equals(changed) && value == null) {
				return;
			}
			String text = (name.equals(changed) && !duplicate) ? value
					: URLEncoder.encode(original, StandardCharsets.UTF_8);
			query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(text);
			if (name.equals(changed) && duplicate) {
				query.append('&').append(name).append('=').append(value);
			}
		});
		return query.toString();
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

	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> map(String... pairs) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], (V) pairs[i + 1]);
		}
		return map;
	}

	private static String path(String url) {
		return url.replaceFirst("^http://[^/]+", "").replaceFirst("\\?.*", "");
	}

	private static String shorten(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
