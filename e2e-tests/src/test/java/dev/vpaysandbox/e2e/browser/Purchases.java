package dev.vpaysandbox.e2e.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purchases made over plain HTTP, as a front end makes them, to give the inspector
 * something to show: wx.login on the mock, order-service's login and order, the mock's
 * payment call.
 */
final class Purchases {

	static final String ADMIN = "Bearer sandbox-admin-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final SandboxServices services;

	Purchases(SandboxServices services) {
		this.services = services;
	}

	/** A host-app user no other test uses. */
	static String newUser(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A signed sword order of the demo mini game: signData, paySig, signature and
	 * outTradeNo as order-service answered them.
	 */
	JsonNode signedOrder(String userId) {
		String code = post(this.services.mockUrl() + "/sandbox/wx/login",
				Map.of("appId", "demo-minigame", "userId", userId), null, null, 200)
			.get("code")
			.stringValue();
		String token = post(this.services.orderUrl() + "/api/login", Map.of("code", code, "appId", "demo-minigame"),
				null, null, 200)
			.get("token")
			.stringValue();
		return post(this.services.orderUrl() + "/api/orders", Map.of("productId", "sword", "quantity", 1),
				"Authorization", "Bearer " + token, 201);
	}

	/**
	 * Pays an order at once, as wx.requestMidasPaymentGameItem does without the cashier.
	 */
	void pay(String userId, JsonNode order) {
		post(this.services.mockUrl() + "/sandbox/wx/requestMidasPaymentGameItem", call(userId, order), null, null, 200);
	}

	private static Map<String, Object> call(String userId, JsonNode order) {
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("appId", "demo-minigame");
		call.put("userId", userId);
		call.put("signData", order.get("signData").stringValue());
		call.put("paySig", order.get("paySig").stringValue());
		call.put("signature", order.get("signature").stringValue());
		return call;
	}

	/**
	 * Leaves an order's payment pending at the cashier, as the wx shim's interactive mode
	 * does, and returns the mock's answer (paymentId, cashierUrl).
	 */
	JsonNode payLater(String userId, JsonNode order) {
		return post(this.services.mockUrl() + "/sandbox/wx/requestMidasPaymentGameItem", call(userId, order),
				"X-Sandbox-Cashier", "pending", 202);
	}

	/**
	 * The demo mini game's current appKey of env 0, by key exchange (as order-service
	 * gets it).
	 */
	String appKey() {
		return post(this.services.mockUrl() + "/sandbox/keys/exchange",
				Map.of("appId", "demo-minigame", "appSecret", "demo-minigame-secret", "env", 0), null, null, 200)
			.get("appKey")
			.stringValue();
	}

	/** The mock's view of the payment of an outTradeNo (control API). */
	JsonNode payment(String outTradeNo) {
		JsonNode payments = send(HttpRequest
			.newBuilder(URI
				.create(this.services.mockUrl() + "/sandbox/payments?appId=demo-minigame&outTradeNo=" + outTradeNo))
			.header("Authorization", ADMIN)
			.GET()
			.build(), 200);
		assertThat(payments.size()).as("payments of " + outTradeNo).isEqualTo(1);
		return payments.get(0);
	}

	/**
	 * A call to the mock's control API with the admin token; a JSON body or none, and the
	 * answer's JSON (null when it has none).
	 */
	JsonNode admin(String method, String path, Map<String, ?> body, int expected) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.services.mockUrl() + path))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
							: HttpRequest.BodyPublishers.noBody())
			.build();
		return send(request, expected);
	}

	private JsonNode post(String url, Map<String, ?> body, String header, String value, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (header != null) {
			request.header(header, value);
		}
		return send(request.build(), expected);
	}

	private JsonNode send(HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(expected);
			return response.body().isEmpty() ? null : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
