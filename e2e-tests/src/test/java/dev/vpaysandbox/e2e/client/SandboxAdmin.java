package dev.vpaysandbox.e2e.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;

/**
 * What an integrator's test script does through the mock's control API: look at payments,
 * change the platform's console (prices, items, keys), and, playing a merchant backend,
 * ask the key exchange for an appKey.
 */
public final class SandboxAdmin {

	/** The admin token of a default sandbox. */
	public static final String ADMIN_TOKEN = "sandbox-admin-token";

	private final String mockUrl;

	private SandboxAdmin(String mockUrl) {
		this.mockUrl = mockUrl;
	}

	/** The admin of these services' mock. */
	public static SandboxAdmin of(SandboxServices services) {
		return at(services.mockUrl());
	}

	/** The admin of the mock at this base URL. */
	public static SandboxAdmin at(String mockUrl) {
		return new SandboxAdmin(mockUrl);
	}

	/**
	 * The payments the mock holds for an outTradeNo of an app (none if it refused every
	 * call).
	 */
	public List<PaymentRecord> payments(DemoApp app, String outTradeNo) {
		JsonNode list = get("/sandbox/payments?appId=" + encode(app.appId()) + "&outTradeNo=" + encode(outTradeNo))
			.json();
		List<PaymentRecord> payments = new ArrayList<>();
		list.forEach((payment) -> payments.add(PaymentRecord.of(payment)));
		return payments;
	}

	/** The one payment of an outTradeNo, if the mock accepted one. */
	public Optional<PaymentRecord> payment(DemoApp app, String outTradeNo) {
		List<PaymentRecord> payments = payments(app, outTradeNo);
		if (payments.size() > 1) {
			throw new AssertionError("more than one payment for " + outTradeNo + ": " + payments);
		}
		return payments.stream().findFirst();
	}

	/**
	 * The delivery notifications the mock holds for an outTradeNo of an app, each with
	 * every attempt ({@code GET /sandbox/notifications}).
	 */
	public List<JsonNode> notifications(DemoApp app, String outTradeNo) {
		JsonNode list = get("/sandbox/notifications?appId=" + encode(app.appId()) + "&outTradeNo=" + encode(outTradeNo))
			.json();
		List<JsonNode> notifications = new ArrayList<>();
		list.forEach(notifications::add);
		return notifications;
	}

	/** The openid of a user who logged in to an app, as the platform knows it. */
	public String openid(DemoApp app, String userId) {
		return get("/sandbox/apps/" + app.appId() + "/users/" + encode(userId)).json().get("openid").asString();
	}

	/** Rotates an app's appKey of an env; the old key stays accepted for graceSeconds. */
	public JsonNode rotateKey(DemoApp app, int env, long graceSeconds) {
		return post("/sandbox/apps/" + app.appId() + "/keys/rotate", Map.of("env", env, "graceSeconds", graceSeconds))
			.json();
	}

	/**
	 * Changes an item's price on the platform only (the merchant's catalogue keeps its
	 * own).
	 */
	public void changePrice(DemoApp app, String productId, long price) {
		JsonHttp
			.patch(this.mockUrl + "/sandbox/apps/" + app.appId() + "/items/" + productId, auth(),
					Map.of("price", price))
			.expect(200);
	}

	/** Withdraws an item from sale on the platform. */
	public void unpublish(DemoApp app, String productId) {
		post("/sandbox/apps/" + app.appId() + "/items/" + productId + "/unpublish", Map.of());
	}

	/**
	 * The current appKey of an app's env, from the key exchange: what a merchant backend
	 * holds. Tests use it to play a merchant that signs wrongly.
	 */
	public Secret exchangeKey(DemoApp app, int env) {
		JsonNode key = JsonHttp
			.post(this.mockUrl + "/sandbox/keys/exchange", Map.of(),
					Map.of("appId", app.appId(), "appSecret", app.appSecret(), "env", env))
			.expect(200)
			.json();
		return Secret.of(key.get("appKey").asString());
	}

	private Reply get(String path) {
		return JsonHttp.get(this.mockUrl + path, auth()).expect(200);
	}

	private Reply post(String path, Object body) {
		Reply reply = JsonHttp.post(this.mockUrl + path, auth(), body);
		if (reply.status() / 100 != 2) {
			throw new AssertionError(reply.toString());
		}
		return reply;
	}

	private static Map<String, String> auth() {
		return Map.of("Authorization", "Bearer " + ADMIN_TOKEN);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
