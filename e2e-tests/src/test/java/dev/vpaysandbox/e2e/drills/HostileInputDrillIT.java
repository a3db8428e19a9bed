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
		String openId = Drills.openIdOf(orderDb, order.outTradeNo());
		Map<Endpoint, Map<String, Object>> endpoints = HostileEndpoints.withBodies(this.mock, this.orders, this.admin,
				this.user, order, openId);
		for (Map.Entry<Endpoint, Map<String, Object>> entry : endpoints.entrySet()) {
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
		Map<Endpoint, Map<String, String>> endpoints = HostileEndpoints.withQueries(this.mock, this.orders, this.admin);
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
		List<Endpoint> endpoints = HostileEndpoints.withPathSegments(this.mock, this.orders, this.admin, this.user);
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

	private static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
