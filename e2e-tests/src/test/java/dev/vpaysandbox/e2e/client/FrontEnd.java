package dev.vpaysandbox.e2e.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.e2e.support.SandboxServices;

/**
 * A mini game's or mini program's front end, played by one user of the host app: it logs
 * in, orders from order-service, calls the JS payment API (the mock's stand-in), and asks
 * order-service, never the JS callback, whether it got its goods. Each front end is a new
 * user, so tests that share the services never see each other's orders.
 */
public final class FrontEnd {

	/**
	 * How long a paid order may take to be delivered (reconciliation checks after 3 s).
	 */
	private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

	private final String mockUrl;

	private final String orderUrl;

	private final DemoApp app;

	private final String userId;

	private String token;

	private FrontEnd(String mockUrl, String orderUrl, DemoApp app, String userId) {
		this.mockUrl = mockUrl;
		this.orderUrl = orderUrl;
		this.app = app;
		this.userId = userId;
	}

	/** A new user of an app on these services, not logged in yet. */
	public static FrontEnd newUser(SandboxServices services, DemoApp app) {
		return at(services.mockUrl(), services.orderUrl(), app);
	}

	/** A new user of an app on the services at these base URLs. */
	public static FrontEnd at(String mockUrl, String orderUrl, DemoApp app) {
		return new FrontEnd(mockUrl, orderUrl, app, "e2e-" + UUID.randomUUID());
	}

	/** The host app's user id. */
	public String userId() {
		return this.userId;
	}

	/** order-service's session token of this user (after {@link #logIn()}). */
	public String sessionToken() {
		return this.token;
	}

	/** The app this front end belongs to. */
	public DemoApp app() {
		return this.app;
	}

	/**
	 * {@code wx.login} (a code from the host app), then order-service's login with it.
	 * Logging in again gives the user a new session_key on the platform.
	 */
	public FrontEnd logIn() {
		String code = JsonHttp
			.post(this.mockUrl + "/sandbox/wx/login", Map.of(),
					Map.of("appId", this.app.appId(), "userId", this.userId))
			.expect(200)
			.json()
			.get("code")
			.asString();
		this.token = JsonHttp
			.post(this.orderUrl + "/api/login", Map.of(), Map.of("code", code, "appId", this.app.appId()))
			.expect(200)
			.json()
			.get("token")
			.asString();
		return this;
	}

	/** Asks order-service for an order and expects it to be placed. */
	public PlacedOrder placeOrder(String productId, long quantity) {
		return placeOrder(productId, quantity, null);
	}

	/** Asks order-service for an order carrying {@code attach} and expects it placed. */
	public PlacedOrder placeOrder(String productId, long quantity, String attach) {
		return PlacedOrder.of(requestOrder(productId, quantity, attach).expect(201).json());
	}

	/** Asks order-service for an order and returns whatever it answered. */
	public Reply requestOrder(String productId, long quantity) {
		return requestOrder(productId, quantity, null);
	}

	/**
	 * Asks order-service for an order carrying {@code attach} (none if {@code null}), and
	 * returns whatever it answered.
	 */
	public Reply requestOrder(String productId, long quantity, String attach) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("productId", productId);
		body.put("quantity", quantity);
		body.put("platform", "android");
		if (attach != null) {
			body.put("attach", attach);
		}
		return JsonHttp.post(this.orderUrl + "/api/orders", bearer(), body);
	}

	/** The JS API call for an order, exactly as order-service signed it. */
	public PaymentCall paymentCall(PlacedOrder order) {
		String mode = this.app == DemoApp.MINI_PROGRAM ? order.mode() : null;
		return new PaymentCall(order.method(), this.app.appId(), this.userId, order.signData(), order.paySig(),
				order.signature(), mode);
	}

	/** Pays an order as signed; the sandbox user pays at once. */
	public JsApiResult pay(PlacedOrder order) {
		return call(paymentCall(order), PaymentOptions.payAtOnce());
	}

	/** Pays an order as signed, with these options. */
	public JsApiResult pay(PlacedOrder order, PaymentOptions options) {
		return call(paymentCall(order), options);
	}

	/** Calls the JS API of the call's method with this (possibly altered) call. */
	public JsApiResult call(PaymentCall call, PaymentOptions options) {
		return new JsApiResult(JsonHttp.post(this.mockUrl + "/sandbox/wx/" + call.method().wireName(),
				options.headers(), call.body()));
	}

	/** The cashier a waiting payment was sent to. */
	public CashierPage cashier(JsApiResult waiting) {
		return new CashierPage(this.mockUrl, SandboxAdmin.ADMIN_TOKEN, waiting.cashierUrl());
	}

	/** The order as order-service shows it to this user. */
	public OrderView order(String outTradeNo) {
		return OrderView.of(JsonHttp.get(this.orderUrl + "/api/orders/" + outTradeNo, bearer()).expect(200).json());
	}

	/**
	 * What the user owns: quantity by productId (products owned zero times are absent).
	 */
	public Map<String, Long> inventory() {
		JsonNode items = JsonHttp.get(this.orderUrl + "/api/inventory", bearer()).expect(200).json().get("items");
		Map<String, Long> owned = new LinkedHashMap<>();
		items.forEach((item) -> owned.put(item.get("productId").asString(), item.get("quantity").asLong()));
		return owned;
	}

	/** Polls order-service until the order is DELIVERED, and returns it. */
	public OrderView awaitDelivered(PlacedOrder order) {
		return Awaitility.await("order " + order.outTradeNo() + " DELIVERED")
			.atMost(DELIVERY_WAIT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> order(order.outTradeNo()), (view) -> "DELIVERED".equals(view.status()));
	}

	private Map<String, String> bearer() {
		if (this.token == null) {
			throw new IllegalStateException("log in first");
		}
		return Map.of("Authorization", "Bearer " + this.token);
	}

}
