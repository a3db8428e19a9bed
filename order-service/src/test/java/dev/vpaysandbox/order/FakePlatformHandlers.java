package dev.vpaysandbox.order;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.signing.protocol.Env;

/** The HTTP side of {@link FakePlatform}: one method per protocol endpoint. */
final class FakePlatformHandlers {

	private final FakePlatform platform;

	FakePlatformHandlers(FakePlatform platform) {
		this.platform = platform;
	}

	void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Map<String, String> query = FakePlatform.query(exchange);
			String body = FakePlatform.body(exchange.getRequestBody());
			this.platform.received.add(new FakePlatform.Received(path, query, body));
			Reply reply = switch (path) {
				case "/openserver/sns/jscode2session" -> code2session(query);
				case "/openserver/cgi-bin/token" -> token(query);
				case "/sandbox/keys/exchange" -> keyExchange(body);
				case "/xpay/query_order", "/xpay/notify_provide_goods" -> xpay(path, query, body);
				default -> new Reply(404, Map.of("errcode", 404, "errmsg", "no such path"));
			};
			byte[] bytes = this.platform.json.writeValueAsString(reply.body()).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(reply.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private Reply code2session(Map<String, String> query) {
		FakePlatform.FakeApp app = this.platform.apps.get(query.get("appid"));
		if (app == null) {
			return error(40013, "invalid appid");
		}
		if (!app.secret().equals(query.get("secret"))) {
			return error(40125, "invalid appsecret");
		}
		if (!"authorization_code".equals(query.get("grant_type"))) {
			return error(40002, "invalid grant_type");
		}
		String[] login = this.platform.codes.remove(String.valueOf(query.get("js_code")));
		if (login == null || !login[0].equals(query.get("appid"))) {
			return error(40029, "invalid js_code");
		}
		String openid = this.platform.openid(login[0], login[1]);
		var sessionKey = FakePlatform.newSessionKey();
		int issued;
		synchronized (this.platform.sessionKeys) {
			// the newest session issued replaces the user's previous one, as on the
			// platform
			this.platform.sessionKeys.put(login[0] + "/" + openid, sessionKey);
			issued = this.platform.sessionsIssued.getAndIncrement();
		}
		IntFunction<Duration> delay = this.platform.loginAnswerDelay;
		if (delay != null) {
			pause(delay.apply(issued));
		}
		return ok(Map.of("openid", openid, "session_key", sessionKey.reveal(), "unionid", "u-" + login[1]));
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Reply token(Map<String, String> query) {
		FakePlatform.FakeApp app = this.platform.apps.get(query.get("appid"));
		if (app == null || !app.secret().equals(query.get("secret"))) {
			return error(40125, "invalid appsecret");
		}
		String token = "token-" + FakePlatform.randomText(20);
		this.platform.tokens.put(token, query.get("appid"));
		return ok(Map.of("access_token", token, "expires_in", 7200));
	}

	private Reply keyExchange(String body) {
		if (!this.platform.keyExchangeOpen) {
			return new Reply(503, Map.of("title", "Service Unavailable", "status", 503));
		}
		JsonNode request = this.platform.readTree(body);
		String appId = request.path("appId").asString("");
		FakePlatform.FakeApp app = this.platform.apps.get(appId);
		if (app == null || !app.secret().equals(request.path("appSecret").asString(""))) {
			return new Reply(401, Map.of("type", "https://vpay-sandbox.dev/problems/bad-credentials", "status", 401));
		}
		var keys = this.platform.keys.find(appId, Env.of(request.path("env").asInt())).orElseThrow();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("appId", appId);
		answer.put("env", keys.env().code());
		answer.put("appKey", keys.current().secret().reveal());
		answer.put("version", keys.current().version());
		// the previous key only while the platform still accepts it, as the mock answers
		boolean previousAccepted = keys.acceptedAt(this.platform.clock.instant()).size() > 1;
		answer.put("previous",
				previousAccepted ? Map.of("version", keys.previous().version(), "appKey",
						keys.previous().secret().reveal(), "acceptedUntil", keys.previousAcceptedUntil().toString())
						: null);
		return new Reply(200, answer);
	}

	private Reply xpay(String path, Map<String, String> query, String body) {
		String appId = this.platform.tokens.get(String.valueOf(query.get("access_token")));
		if (appId == null) {
			return error(40001, "invalid access_token");
		}
		JsonNode request = this.platform.readTree(body);
		Env env = Env.of(request.path("env").asInt(0));
		if (!this.platform.verifier().payApiSig(appId, env, path, body, query.get("pay_sig")).isValid()) {
			return error(268490003, "pay_sig error");
		}
		String orderId = request.path("order_id").asString("");
		FakePayment payment = this.platform.payments.get(orderId);
		if (path.equals("/xpay/query_order")) {
			return (payment == null) ? error(268490002, "no such order") : ok(Map.of("order", order(orderId, payment)));
		}
		if (payment == null || payment.status() == FakePayment.PENDING) {
			return error(268490002, "order not paid");
		}
		if (payment.status() != FakePayment.PAID) {
			return error(268490004, "repeated operation");
		}
		this.platform.payments.put(orderId, payment.delivered());
		return ok(Map.of());
	}

	private static Map<String, Object> order(String orderId, FakePayment payment) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("order_id", orderId);
		order.put("status", payment.status());
		order.put("order_fee", payment.orderFee());
		order.put("paid_fee", payment.paidFee());
		order.put("refund_fee", payment.refundFee());
		order.put("left_fee", payment.paidFee() - payment.refundFee());
		order.put("wx_order_id", "wx-" + orderId);
		return order;
	}

	private static Reply ok(Map<String, Object> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errcode", 0);
		body.put("errmsg", "ok");
		body.putAll(fields);
		body.put("requestId", "fake");
		return new Reply(200, body);
	}

	private static Reply error(int errcode, String errmsg) {
		return new Reply(200, Map.of("errcode", errcode, "errmsg", errmsg, "requestId", "fake"));
	}

	private record Reply(int status, Map<String, ?> body) {
	}

}
