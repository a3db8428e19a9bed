package dev.vpaysandbox.e2e.drills;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.vpaysandbox.e2e.drills.HostileRound.Endpoint;
import dev.vpaysandbox.e2e.drills.HostileRound.Shape;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.signing.keys.Secret;

/**
 * The endpoints of both services that take a JSON body, each with a template body that is
 * already invalid in at least two fields, for {@link HostileInputs} to vary.
 */
final class HostileEndpoints {

	private HostileEndpoints() {
	}

	/** Each endpoint that takes a body, with an (already invalid) template body. */
	static Map<Endpoint, Map<String, Object>> withBodies(String mock, String orders, String[] admin, String[] user,
			PlacedOrder order, String openId) {
		Map<Endpoint, Map<String, Object>> endpoints = new LinkedHashMap<>();
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
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps", Shape.PROBLEM, admin), body("appId", "bad id!",
				"appSecret", "short", "type", "mini-game", "currencies", List.of("USD"), "notifyUrl", "not a url"));
		endpoints.put(new Endpoint("PATCH", mock + "/sandbox/apps/no-such-app", Shape.PROBLEM, admin),
				body("notifyUrl", "not a url", "paymentEnabled", "maybe"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/items", Shape.PROBLEM, admin),
				body("productId", "bad product!", "price", -5, "currency", "XXX"));
		endpoints.put(
				new Endpoint("PATCH", mock + "/sandbox/apps/demo-minigame/items/no-such-item", Shape.PROBLEM, admin),
				body("price", -1, "currency", "XXX"));
		endpoints.put(new Endpoint("PUT", mock + "/sandbox/scenarios/apps/no-such-app", Shape.PROBLEM, admin),
				body("spec", "bogus@@", "seed", "x"));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/apps/no-such-app/keys/rotate", Shape.PROBLEM, admin),
				body("env", 7, "graceSeconds", -1));
		endpoints.put(new Endpoint("POST", mock + "/sandbox/clock/advance", Shape.PROBLEM, admin), body("by", "PT-1H"));
		endpoints.put(new Endpoint("POST", orders + "/api/login", Shape.PROBLEM),
				body("code", "bogus-code", "appId", "no-such-app"));
		endpoints.put(new Endpoint("POST", orders + "/api/orders", Shape.PROBLEM, user),
				body("productId", "no-such-product", "quantity", -1, "platform", "android"));
		String notification = DemoApp.MINI_GAME.signedNotification(Secret.of("wrongwrongwrongwrongwrongwrong12"),
				order.outTradeNo(), openId, "sword", 1, 199);
		Map<String, Object> envelope = new LinkedHashMap<>();
		Http.JSON.readTree(notification).properties().forEach((e) -> envelope.put(e.getKey(), e.getValue().asString()));
		endpoints.put(new Endpoint("POST", orders + "/notify/virtual-payment", Shape.RETURN_CODE), envelope);
		return endpoints;
	}

	private static Map<String, Object> body(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** The endpoints that read query parameters, each with parameters to vary. */
	static Map<Endpoint, Map<String, String>> withQueries(String mock, String orders, String[] admin) {
		Map<Endpoint, Map<String, String>> endpoints = new LinkedHashMap<>();
		endpoints.put(new Endpoint("GET", mock + "/openserver/sns/jscode2session", Shape.ERRCODE), params("appid",
				"demo-minigame", "secret", "wrong-secret", "js_code", "bogus", "grant_type", "authorization_code"));
		endpoints.put(new Endpoint("GET", mock + "/openserver/cgi-bin/token", Shape.ERRCODE),
				params("appid", "demo-minigame", "secret", "wrong-secret", "grant_type", "client_credential"));
		endpoints.put(new Endpoint("GET", mock + "/sandbox/payments", Shape.PROBLEM, admin),
				params("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		endpoints.put(new Endpoint("GET", mock + "/sandbox/notifications", Shape.PROBLEM, admin),
				params("appId", "no-such-app", "limit", "-1", "status", "NOPE"));
		endpoints.put(new Endpoint("GET", mock + "/sandbox/journal", Shape.PROBLEM, admin),
				params("afterId", "abc", "limit", "-1"));
		endpoints.put(new Endpoint("GET", orders + "/api/products", Shape.PROBLEM), params("appId", "no-such-app"));
		return endpoints;
	}

	/** The endpoints that read a path segment. */
	static List<Endpoint> withPathSegments(String mock, String orders, String[] admin, String[] user) {
		return List.of(new Endpoint("GET", orders + "/api/orders/", Shape.PROBLEM, user),
				new Endpoint("GET", mock + "/sandbox/cashier/", Shape.PROBLEM),
				new Endpoint("POST", mock + "/sandbox/cashier/%s/pay", Shape.PROBLEM),
				new Endpoint("POST", mock + "/sandbox/payments/%s/pay", Shape.PROBLEM, admin),
				new Endpoint("GET", mock + "/sandbox/notifications/", Shape.PROBLEM, admin),
				new Endpoint("POST", mock + "/sandbox/notifications/%s/redeliver", Shape.PROBLEM, admin));
	}

	private static Map<String, String> params(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
