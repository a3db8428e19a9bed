package dev.vpaysandbox.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signdata.SignData;
import tools.jackson.databind.JsonNode;

/**
 * The six scenarios' requests, and what each needs prepared before the clock starts:
 * users logged in, session_keys and appKeys fetched, login codes issued.
 */
final class Scenarios {

	static final String PAY_PATH = "/sandbox/wx/requestMidasPaymentGameItem";

	static final String ADMIN = "Bearer sandbox-admin-token";

	/**
	 * The mock's app for the payment scenario: it notifies the WireMock stub, which
	 * acknowledges.
	 */
	static final String BENCH_APP = "bench-game";

	static final String BENCH_SECRET = "bench-game-secret";

	static final String DEMO_APP = "demo-minigame";

	static final String DEMO_SECRET = "demo-minigame-secret";

	private static final PayMethod METHOD = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	private final Http http = new Http();

	private final Service mock;

	private final Service order;

	private final String run;

	private final AtomicLong sequence = new AtomicLong();

	/** outTradeNo and the buyer's token of every measured full purchase. */
	final Queue<String[]> purchases = new ConcurrentLinkedQueue<>();

	Scenarios(Service mock, Service order) {
		this.mock = mock;
		this.order = order;
		this.run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
	}

	/** A unique outTradeNo: 8-32 characters of the protocol's alphabet. */
	String outTradeNo(String prefix) {
		return prefix + this.run + "-" + Long.toString(this.sequence.incrementAndGet(), 36);
	}

	/** The canned body the bare endpoint and the WireMock stub receive. */
	static String cannedCall() {
		String signData = SignData.builder(METHOD)
			.buyQuantity(1)
			.env(Env.PRODUCTION)
			.currencyType("USD")
			.platform("android")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("CANNED-0001")
			.attach("")
			.build()
			.toJson();
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("appId", DEMO_APP);
		call.put("userId", "alice");
		call.put("signData", signData);
		call.put("paySig", "0".repeat(64));
		call.put("signature", "0".repeat(64));
		return Http.json(call);
	}

	static ClosedLoop.Call fixedPost(Http http, String url, String body) {
		return () -> {
			Http.Reply reply = http.post(url, body);
			return ok(reply, 200);
		};
	}

	/** Registers the bench app in the mock, notifying {@code notifyUrl}. */
	void setUpBenchApp(String notifyUrl) {
		Map<String, Object> app = new LinkedHashMap<>();
		app.put("appId", BENCH_APP);
		app.put("appSecret", BENCH_SECRET);
		app.put("type", "mini-game");
		app.put("currencies", List.of("USD"));
		app.put("notifyUrl", notifyUrl);
		this.http.post(this.mock.url("/sandbox/apps"), Http.json(app), "Authorization", ADMIN).expect(201);
		this.http
			.post(this.mock.url("/sandbox/apps/" + BENCH_APP + "/items"),
					"{\"productId\":\"sword\",\"price\":199,\"currency\":\"USD\"}", "Authorization", ADMIN)
			.expect(201);
	}

	/** Scenario 3: valid, unique payments, one user per connection, signed here. */
	ClosedLoop.Call payment(int thread, Http load) {
		Secret appKey = Secret.of(this.http
			.post(this.mock.url("/sandbox/keys/exchange"),
					"{\"appId\":\"" + BENCH_APP + "\",\"appSecret\":\"" + BENCH_SECRET + "\",\"env\":0}")
			.expect(200)
			.text("appKey"));
		String userId = "pay-" + this.run + "-" + thread;
		JsonNode session = code2session(BENCH_APP, BENCH_SECRET, loginCode(BENCH_APP, userId)).json();
		Secret sessionKey = Secret.of(session.get("session_key").asString());
		String url = this.mock.url(PAY_PATH);
		return () -> {
			String signData = SignData.builder(METHOD)
				.buyQuantity(1)
				.env(Env.PRODUCTION)
				.currencyType("USD")
				.platform("android")
				.productId("sword")
				.goodsPrice(199)
				.outTradeNo(outTradeNo("P"))
				.attach("")
				.build()
				.toJson();
			Map<String, Object> call = new LinkedHashMap<>();
			call.put("appId", BENCH_APP);
			call.put("userId", userId);
			call.put("signData", signData);
			call.put("paySig", Signatures.paySig(appKey, METHOD, signData));
			call.put("signature", Signatures.signature(sessionKey, signData));
			return ok(load.post(url, Http.json(call)), 200);
		};
	}

	/** Scenario 4: order-service's POST /api/orders with a session per connection. */
	ClosedLoop.Call createOrder(int thread, Http load) {
		String token = login("ord-" + this.run + "-" + thread);
		String url = this.order.url("/api/orders");
		String body = "{\"productId\":\"sword\",\"quantity\":1,\"platform\":\"android\"}";
		return () -> ok(load.post(url, body, "Authorization", "Bearer " + token), 201);
	}

	/**
	 * Scenario 5: create an order, pay it at the mock; the mock then notifies
	 * order-service.
	 */
	ClosedLoop.Call purchase(int thread, Http load) {
		String userId = "buy-" + this.run + "-" + thread;
		String token = login(userId);
		String orders = this.order.url("/api/orders");
		String pay = this.mock.url(PAY_PATH);
		String body = "{\"productId\":\"sword\",\"quantity\":1,\"platform\":\"android\"}";
		return () -> {
			Http.Reply created = load.post(orders, body, "Authorization", "Bearer " + token);
			if (!ok(created, 201)) {
				return false;
			}
			JsonNode order = created.json();
			Map<String, Object> call = new LinkedHashMap<>();
			call.put("appId", DEMO_APP);
			call.put("userId", userId);
			call.put("signData", order.get("signData").asString());
			call.put("paySig", order.get("paySig").asString());
			call.put("signature", order.get("signature").asString());
			boolean paid = ok(load.post(pay, Http.json(call)), 200);
			if (paid && ClosedLoop.measuring()) {
				this.purchases.add(new String[] { order.get("outTradeNo").asString(), token });
			}
			return paid;
		};
	}

	/**
	 * Scenario 6: login codes issued before the clock starts, for up to {@code budget};
	 * each connection redeems its own share.
	 */
	List<Queue<String>> issueCodes(int connections, Duration budget) {
		List<Queue<String>> pools = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			pools.add(new ConcurrentLinkedQueue<>());
		}
		ClosedLoop.run("issue-codes", connections, Duration.ZERO, budget, (thread) -> {
			Http issuing = new Http();
			Queue<String> pool = pools.get(thread);
			String userId = "c2s-" + this.run + "-" + thread;
			return () -> {
				pool.add(loginCode(issuing, DEMO_APP, userId));
				return true;
			};
		});
		return pools;
	}

	ClosedLoop.Call code2session(Queue<String> codes, Http load) {
		String base = this.mock.url("/openserver/sns/jscode2session?appid=" + DEMO_APP + "&secret=" + DEMO_SECRET
				+ "&grant_type=authorization_code&js_code=");
		return () -> {
			String code = codes.poll();
			if (code == null) {
				throw new ClosedLoop.Exhausted();
			}
			Http.Reply reply = load.get(base + URLEncoder.encode(code, StandardCharsets.UTF_8));
			if (ok(reply, 200) && !reply.body().contains("\"errcode\":0")) {
				throw new IllegalStateException("code2session: " + reply);
			}
			return true;
		};
	}

	/**
	 * Waits until the mock has no notification waiting or in flight, so that one
	 * scenario's deliveries do not run into the next scenario.
	 * @return how long that took
	 */
	Duration awaitOutboxDrained(Duration patience) {
		long start = System.nanoTime();
		long deadline = start + patience.toNanos();
		while (System.nanoTime() < deadline) {
			boolean empty = true;
			for (String status : List.of("READY", "IN_FLIGHT")) {
				Http.Reply reply = this.http.get(this.mock.url("/sandbox/notifications?limit=1&status=" + status),
						"Authorization", ADMIN);
				empty &= reply.expect(200).json().isEmpty();
			}
			if (empty) {
				break;
			}
			Service.sleep(100);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Payment-to-delivery latency of measured purchases, from stored timestamps: the
	 * mock's paidAt against order-service's deliveredAt, for a sample of at most
	 * {@code sample} orders, after waiting for their delivery.
	 */
	Delivery delivery(int sample, Duration patience) {
		List<String[]> all = new ArrayList<>(this.purchases);
		Collections.shuffle(all, new java.util.Random(42));
		List<String[]> chosen = all.subList(0, Math.min(sample, all.size()));
		List<Long> micros = new ArrayList<>();
		int undelivered = 0;
		long deadline = System.nanoTime() + patience.toNanos();
		for (String[] purchase : chosen) {
			JsonNode stored = null;
			while (true) {
				stored = this.http
					.get(this.order.url("/api/orders/" + purchase[0]), "Authorization", "Bearer " + purchase[1])
					.expect(200)
					.json();
				if ("DELIVERED".equals(stored.get("status").asString()) || System.nanoTime() > deadline) {
					break;
				}
				Service.sleep(50);
			}
			if (!"DELIVERED".equals(stored.get("status").asString())) {
				undelivered++;
				continue;
			}
			Instant delivered = Instant.parse(stored.get("deliveredAt").asString());
			JsonNode payments = this.http
				.get(this.mock.url("/sandbox/payments?appId=" + DEMO_APP + "&limit=1&outTradeNo=" + purchase[0]),
						"Authorization", ADMIN)
				.expect(200)
				.json();
			JsonNode payment = payments.isArray() ? payments.get(0) : payments.get("payments").get(0);
			Instant paid = Instant.parse(payment.get("paidAt").asString());
			micros.add(Duration.between(paid, delivered).toNanos() / 1000);
		}
		Collections.sort(micros);
		return new Delivery(all.size(), chosen.size(), undelivered, micros);
	}

	/** Payment-to-delivery latencies, sorted, in microseconds. */
	record Delivery(int purchases, int sampled, int undelivered, List<Long> micros) {

		double percentileMillis(double percentile) {
			if (this.micros.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100 * this.micros.size()) - 1;
			return this.micros.get(Math.max(0, Math.min(index, this.micros.size() - 1))) / 1000.0;
		}

	}

	private String login(String userId) {
		String code = loginCode(DEMO_APP, userId);
		return this.http
			.post(this.order.url("/api/login"), "{\"code\":\"" + code + "\",\"appId\":\"" + DEMO_APP + "\"}")
			.expect(200)
			.text("token");
	}

	private String loginCode(String appId, String userId) {
		return loginCode(this.http, appId, userId);
	}

	private String loginCode(Http client, String appId, String userId) {
		return client
			.post(this.mock.url("/sandbox/wx/login"), "{\"appId\":\"" + appId + "\",\"userId\":\"" + userId + "\"}")
			.expect(200)
			.text("code");
	}

	private Http.Reply code2session(String appId, String secret, String code) {
		return this.http
			.get(this.mock.url("/openserver/sns/jscode2session?appid=" + appId + "&secret=" + secret
					+ "&grant_type=authorization_code&js_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
			.expect(200);
	}

	/** The expected status, else an error naming the answer. */
	static boolean ok(Http.Reply reply, int status) {
		if (reply.status() != status) {
			throw new IllegalStateException("expected " + status + ", got " + reply);
		}
		return true;
	}

}
