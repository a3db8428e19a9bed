package dev.vpaysandbox.e2e.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.drills.HostileInputs.Input;
import dev.vpaysandbox.e2e.drills.HostileRound.Endpoint;
import dev.vpaysandbox.e2e.drills.HostileRound.Shape;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 5: seeded malformed input against every public endpoint of both services. Never a
 * 5xx; each refusal in the endpoint's own error shape (problem details, the JS API's
 * errMsg/errCode, OpenServer's and /xpay's errcode, the notification receiver's
 * returnCode); and no stored row changes. One test per kind of input: bodies, query
 * strings, path segments, bearer tokens; the figures add them up.
 */
class HostileInputDrillIT {

	private static final long SEED = 20261127L;

	private static final int PER_BODY_ENDPOINT = 30;

	private static final HostileRound.Totals TOTALS = new HostileRound.Totals();

	private static SandboxServices services;

	private static FrontEnd player;

	private static PlacedOrder order;

	private static long notificationsBefore;

	private static long start;

	private final HostileInputs inputs = new HostileInputs(SEED);

	private String mock;

	private String orders;

	private String[] admin;

	private String[] user;

	@BeforeAll
	static void start() {
		services = SandboxServices.builder().orderArg("--vpay.order.reconciliation.enabled=false").start();
		player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		order = player.placeOrder("sword", 1);
		String paymentId = player.pay(order).paymentId();
		player.awaitDelivered(order);
		services.sandbox().payments().awaitStatus(paymentId, PaymentStatus.DELIVERED, Duration.ofSeconds(10));
		player.placeOrder("shield", 2);
		notificationsBefore = Drills.count(Drills.orderDatabase(services), "select count(*) from notification_log");
		start = System.nanoTime();
	}

	@AfterAll
	static void figuresAndStop() {
		long logged = Drills.count(Drills.orderDatabase(services), "select count(*) from notification_log")
				- notificationsBefore;
		Drills.figures("hostile",
				"inputs=" + TOTALS.inputs() + " endpoints=" + TOTALS.perEndpoint.size() + " 5xx=" + TOTALS.serverErrors
						+ " wrong shape=" + TOTALS.wrongShapes + " (Tomcat's own 400 before the app: "
						+ TOTALS.containerRefusals + ") rows changed=" + TOTALS.tablesChanged
						+ " (tables hashed: order-service " + TOTALS.orderTables + ", mock " + TOTALS.mockTables
						+ "); notification_log rows added for rejected notifications=" + logged + "; in "
						+ Drills.since(start) + " ms; per endpoint " + TOTALS.perEndpoint);
		services.close();
	}

	@BeforeEach
	void addresses() {
		this.mock = services.mockUrl();
		this.orders = services.orderUrl();
		this.admin = new String[] { "Authorization", "Bearer " + SandboxServices.ADMIN_TOKEN };
		this.user = new String[] { "Authorization", "Bearer " + player.sessionToken() };
	}

	@Test
	void malformedBodiesAreRefusedInEachEndpointsOwnShapeAndChangeNothing() {
		JdbcTemplate orderDb = Drills.orderDatabase(services);
		HostileRound round = newRound();
		for (Map.Entry<Endpoint, Map<String, Object>> entry : bodyEndpoints(orderDb).entrySet()) {
			Endpoint endpoint = entry.getKey();
			for (Input input : bodies(entry.getValue())) {
				String[] headers = concat(endpoint.headers(), "Content-Type", input.contentType());
				Reply answer = Http.send(endpoint.method(), endpoint.url(), input.body(), headers);
				round.check(endpoint, endpoint.method() + " " + endpoint.path(), input.toString(), answer);
			}
		}
		round.assertRefusedEverythingAndChangedNothing(400);
		assertThat(Drills.count(orderDb,
				"select count(*) from notification_log"
						+ " where outcome in ('DELIVERED', 'DELIVERED_LATE', 'DUPLICATE')"))
			.as("accepted notifications: the setup's genuine one only")
			.isEqualTo(1);
		assertThat(player.inventory()).containsExactly(Map.entry("sword", 1L));
	}

	@Test
	void malformedQueryStringsAreRefusedInEachEndpointsOwnShapeAndChangeNothing() {
		Map<Endpoint, Map<String, String>> endpoints = new LinkedHashMap<>();
		endpoints.put(new Endpoint("GET", this.mock + "/openserver/sns/jscode2session", Shape.ERRCODE), params("appid",
				"demo-minigame", "secret", "wrong-secret", "js_code", "bogus", "grant_type", "authorization_code"));
		endpoints.put(new Endpoint("GET", this.mock + "/openserver/cgi-bin/token", Shape.ERRCODE),
				params("appid", "demo-minigame", "secret", "wrong-secret", "grant_type", "client_credential"));
		endpoints.put(new Endpoint("GET", this.mock + "/sandbox/payments", Shape.PROBLEM, this.admin),
				params("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		endpoints.put(new Endpoint("GET", this.mock + "/sandbox/notifications", Shape.PROBLEM, this.admin),
				params("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		endpoints.put(new Endpoint("GET", this.mock + "/sandbox/journal", Shape.PROBLEM, this.admin),
				params("afterId", "abc", "limit", "-1"));
		endpoints.put(new Endpoint("GET", this.orders + "/api/products", Shape.PROBLEM),
				params("appId", "no-such-app"));
		HostileRound round = newRound();
		endpoints.forEach((endpoint, params) -> {
			for (String query : HostileQueries.of(this.inputs, params)) {
				Reply answer = Http.send(endpoint.method(), endpoint.url() + "?" + query, null, endpoint.headers());
				round.check(endpoint, endpoint.method() + " " + endpoint.path(), query, answer);
			}
		});
		round.assertRefusedEverythingAndChangedNothing(150);
	}

	@Test
	void malformedPathSegmentsAreRefusedAndChangeNothing() {
		List<Endpoint> endpoints = List.of(new Endpoint("GET", this.orders + "/api/orders/", Shape.PROBLEM, this.user),
				new Endpoint("GET", this.mock + "/sandbox/cashier/", Shape.PROBLEM),
				new Endpoint("POST", this.mock + "/sandbox/cashier/%s/pay", Shape.PROBLEM),
				new Endpoint("POST", this.mock + "/sandbox/payments/%s/pay", Shape.PROBLEM, this.admin),
				new Endpoint("GET", this.mock + "/sandbox/notifications/", Shape.PROBLEM, this.admin),
				new Endpoint("POST", this.mock + "/sandbox/notifications/%s/redeliver", Shape.PROBLEM, this.admin));
		HostileRound round = newRound();
		for (Endpoint endpoint : endpoints) {
			for (int i = 0; i < 20; i++) {
				String segment = this.inputs.queryValue().replace("+", "%20");
				if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
					segment = "x";
				}
				String url = endpoint.url().contains("%s") ? endpoint.url().replace("%s", segment)
						: endpoint.url() + segment;
				round.check(endpoint, endpoint.method() + " " + endpoint.path(), url,
						Http.send(endpoint.method(), url, null, endpoint.headers()));
			}
		}
		round.assertRefusedEverythingAndChangedNothing(endpoints.size() * 20);
	}

	@Test
	void malformedBearerTokensAreRefusedWith400Or401AndChangeNothing() {
		HostileRound round = newRound();
		for (String[] authorization : List.of(new String[] { "Authorization", "Bearer " + "x".repeat(8000) },
				new String[] { "Authorization", "Bearer \u00e9\u00e9" }, new String[] { "Authorization", "Bearer" },
				new String[] { "Authorization", "Basic Og==" },
				new String[] { "Authorization", "Bearer ' OR '1'='1" })) {
			for (String url : List.of(this.orders + "/api/inventory",
					this.orders + "/api/orders/" + order.outTradeNo())) {
				Reply answer = Http.send("GET", url, null, authorization);
				Endpoint endpoint = new Endpoint("GET", url, Shape.PROBLEM, authorization);
				round.check(endpoint, "GET " + endpoint.path().replace(order.outTradeNo(), "{id}") + " (bad tokens)",
						authorization[1], answer);
				assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
			}
		}
		round.assertRefusedEverythingAndChangedNothing(10);
	}

	private HostileRound newRound() {
		return new HostileRound(TOTALS, Drills.orderDatabase(services), Drills.mockDatabase(services));
	}

	/** Each endpoint that takes a body, with an (already invalid) template body. */
	private Map<Endpoint, Map<String, Object>> bodyEndpoints(JdbcTemplate orderDb) {
		Map<Endpoint, Map<String, Object>> endpoints = new LinkedHashMap<>();
		String mock = this.mock;
		endpoints.put(new Endpoint("POST", mock + "/sandbox/wx/login", Shape.PROBLEM),
				body("appId", "no-such-app", "userId", "\u0001bad"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/wx/requestMidasPaymentGameItem", Shape.JS_API),
				body("appId", "demo-minigame", "userId", "never-logged-in", "signData", order.signData(), "paySig",
						"0".repeat(64), "signature", "zz"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/wx/requestVirtualPayment", Shape.JS_API),
				body("appId", "demo-miniprogram", "userId", "never-logged-in", "signData", order.signData(), "paySig",
						"0".repeat(64), "signature", "zz", "mode", "short_series_goods"));
		for (String xpay : List.of("query_order", "refund_order", "notify_provide_goods")) {
			endpoints.put(
					new Endpoint("POST", mock + "/xpay/" + xpay + "?access_token=not-a-token&pay_sig=" + "0".repeat(64),
							Shape.ERRCODE),
					body("openid", "o-nobody", "env", 0, "order_id", order.outTradeNo(), "refund_order_id", "R1",
							"left_fee", 199, "refund_fee", 199, "refund_reason", "x", "req_from", "x"));
		}
		endpoints.put(new Endpoint("POST", mock + "/sandbox/keys/exchange", Shape.PROBLEM),
				body("appId", "demo-minigame", "appSecret", "wrong-secret", "env", 0));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps", Shape.PROBLEM, this.admin), body("appId", "bad id!",
				"appSecret", "short", "type", "mini-game", "currencies", List.of("USD"), "notifyUrl", "not a url"));
		endpoints.put(new Endpoint("PATCH", mock + "/sandbox/apps/no-such-app", Shape.PROBLEM, this.admin),
				body("notifyUrl", "not a url", "paymentEnabled", "maybe"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/items", Shape.PROBLEM, this.admin),
				body("productId", "bad product!", "price", -5, "currency", "XXX"));
		endpoints.put(new Endpoint("PATCH", mock + "/sandbox/apps/demo-minigame/items/no-such-item", Shape.PROBLEM,
				this.admin), body("price", -1, "currency", "XXX"));
		endpoints.put(new Endpoint("PUT", mock + "/sandbox/scenarios/apps/no-such-app", Shape.PROBLEM, this.admin),
				body("spec", "bogus@@", "seed", "x"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/keys/rotate", Shape.PROBLEM, this.admin),
				body("env", 7, "graceSeconds", -1));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/clock/advance", Shape.PROBLEM, this.admin),
				body("by", "PT-1H"));
		endpoints.put(new Endpoint("POST", this.orders + "/api/login", Shape.PROBLEM),
				body("code", "bogus-code", "appId", "no-such-app"));
		endpoints.put(new Endpoint("POST", this.orders + "/api/orders", Shape.PROBLEM, this.user),
				body("productId", "no-such-product", "quantity", -1, "platform", "android"));
		String notification = Drills.notification(Secret.of("wrongwrongwrongwrongwrongwrong12"), DemoApp.MINI_GAME,
				order.outTradeNo(), Drills.openIdOf(orderDb, order.outTradeNo()), "sword", 1, 199);
		Map<String, Object> envelope = new LinkedHashMap<>();
		Http.JSON.readTree(notification).properties().forEach((e) -> envelope.put(e.getKey(), e.getValue().asString()));
		endpoints.put(new Endpoint("POST", this.orders + "/notify/virtual-payment", Shape.RETURN_CODE), envelope);
		return endpoints;
	}

	/** Malformed bodies of a template, and its signData or Payload fuzzed. */
	private List<Input> bodies(Map<String, Object> template) {
		List<Input> bodies = new ArrayList<>(this.inputs.bodies(template, PER_BODY_ENDPOINT));
		for (String field : List.of("signData", "Payload")) {
			if (template.get(field) instanceof String text) {
				for (int i = 0; i < 15; i++) {
					Map<String, Object> fuzzed = new LinkedHashMap<>(template);
					fuzzed.put(field, this.inputs.fuzz(text));
					bodies.add(new Input("fuzzed " + field, Http.JSON.writeValueAsBytes(fuzzed), "application/json"));
				}
			}
		}
		return bodies;
	}

	private static Map<String, Object> body(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static Map<String, String> params(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
