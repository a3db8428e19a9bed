package dev.vpaysandbox.e2e.shop;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.PaymentRequest;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;

/**
 * A mini game's or mini program's front end, played by one user of the host app: it logs
 * in, orders from order-service, calls the JS payment API, and asks order-service, never
 * the JS callback, whether it got its goods. The platform's side (the login code, the JS
 * API) goes through the sandbox client; order-service's own API, which only it knows, is
 * called here. Each front end is a new user, so tests that share the services never see
 * each other's orders.
 */
public final class FrontEnd {

	/**
	 * How long a paid order may take to be delivered (reconciliation checks after 3 s).
	 */
	private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

	private final VpaySandbox platform;

	private final String orderUrl;

	private final DemoApp app;

	private final String userId;

	private String token;

	private FrontEnd(VpaySandbox platform, String orderUrl, DemoApp app, String userId) {
		this.platform = platform;
		this.orderUrl = orderUrl;
		this.app = app;
		this.userId = userId;
	}

	/** A new user of an app on these services, not logged in yet. */
	public static FrontEnd newUser(SandboxServices services, DemoApp app) {
		return at(services.sandbox(), services.orderUrl(), app);
	}

	/** A new user of an app on this platform and the order-service at this base URL. */
	public static FrontEnd at(VpaySandbox platform, String orderUrl, DemoApp app) {
		return new FrontEnd(platform, orderUrl, app, "e2e-" + UUID.randomUUID());
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

	/** The platform (the mock) this front end's host app runs on. */
	public VpaySandbox platform() {
		return this.platform;
	}

	/**
	 * {@code wx.login} (a code from the host app), then order-service's login with it.
	 * Logging in again gives the user a new session_key on the platform.
	 */
	public FrontEnd logIn() {
		String code = this.platform.users().loginCode(this.app.appId(), this.userId);
		this.token = Http.post(this.orderUrl + "/api/login", Map.of(), Map.of("code", code, "appId", this.app.appId()))
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
		return Http.post(this.orderUrl + "/api/orders", bearer(), body);
	}

	/**
	 * The JS API call for an order, exactly as order-service signed it (a mini program
	 * passes its mode beside signData); paid at once unless changed.
	 */
	public PaymentRequest paymentCall(PlacedOrder order) {
		PaymentRequest call = PaymentRequest.of(order.method(), this.app.appId(), this.userId, order.signData(),
				order.paySig(), order.signature());
		return (this.app == DemoApp.MINI_PROGRAM) ? call.withMode(order.mode()) : call;
	}

	/** Pays an order as signed; the sandbox user pays at once. */
	public JsApiResult pay(PlacedOrder order) {
		return pay(paymentCall(order));
	}

	/** Makes this (possibly altered) JS API call. */
	public JsApiResult pay(PaymentRequest call) {
		return this.platform.pay(call);
	}

	/** The order as order-service shows it to this user. */
	public OrderView order(String outTradeNo) {
		return OrderView.of(Http.get(this.orderUrl + "/api/orders/" + outTradeNo, bearer()).expect(200).json());
	}

	/**
	 * What the user owns: quantity by productId (products owned zero times are absent).
	 */
	public Map<String, Long> inventory() {
		JsonNode items = Http.get(this.orderUrl + "/api/inventory", bearer()).expect(200).json().get("items");
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
