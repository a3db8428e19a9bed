package dev.vpaysandbox.mock;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signdata.SignData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a running mock as its clients do: the host app's login, the merchant backend's
 * code2session, key exchange and signing, the front end's payment call, the admin's
 * control API.
 */
final class Sandbox {

	static final String ADMIN = "Bearer sandbox-admin-token";

	static final String MINI_GAME = "demo-minigame";

	static final String MINI_PROGRAM = "demo-miniprogram";

	/** The header that asks for a chaos scenario for one payment call. */
	static final String SCENARIO = "X-Sandbox-Scenario";

	static final Map<String, String> SECRETS = Map.of(MINI_GAME, "demo-minigame-secret", MINI_PROGRAM,
			"demo-miniprogram-secret");

	private static final Map<String, String> SECRET_OF_CREATED = new ConcurrentHashMap<>();

	private static final Map<String, String> OFFER_OF_CREATED_PROGRAM = new ConcurrentHashMap<>();

	final MockHttp http;

	Sandbox(int port) {
		this.http = new MockHttp(port);
	}

	/** A user id no other test uses. */
	static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	/** An outTradeNo no other test uses. */
	static String newOutTradeNo() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	String loginCode(String appId, String userId) {
		Response response = this.http.postJson("/sandbox/wx/login", Map.of("appId", appId, "userId", userId));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("code").stringValue();
	}

	Response code2session(String appId, String secret, String code) {
		return this.http.get("/openserver/sns/jscode2session?appid=" + enc(appId) + "&secret=" + enc(secret)
				+ "&js_code=" + enc(code) + "&grant_type=authorization_code");
	}

	/** Logs a user in and exchanges the code, as order-service does. */
	Session login(String appId, String userId) {
		Response response = code2session(appId, secret(appId), loginCode(appId, userId));
		JsonNode json = response.json();
		assertThat(json.get("errcode").intValue()).as(response.toString()).isZero();
		return new Session(appId, userId, json.get("openid").stringValue(),
				Secret.of(json.get("session_key").stringValue()));
	}

	/** The current appKey of (appId, env), by key exchange. */
	Secret appKey(String appId, int env) {
		Response response = this.http.postJson("/sandbox/keys/exchange",
				Map.of("appId", appId, "appSecret", secret(appId), "env", env));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return Secret.of(response.json().get("appKey").stringValue());
	}

	String accessToken(String appId) {
		Response response = this.http.get("/openserver/cgi-bin/token?appid=" + enc(appId) + "&secret="
				+ enc(secret(appId)) + "&grant_type=client_credential");
		assertThat(response.json().get("errcode").intValue()).as(response.toString()).isZero();
		return response.json().get("access_token").stringValue();
	}

	/** A signed, valid payment call for one item of a seeded or created app. */
	PaymentCall purchase(Session session, String productId, long price, long quantity, Env env) {
		PayMethod method = method(session.appId());
		SignData.Builder data = SignData.builder(method)
			.buyQuantity(quantity)
			.env(env)
			.currencyType("USD")
			.platform("android")
			.productId(productId)
			.goodsPrice(price)
			.outTradeNo(newOutTradeNo())
			.attach("attach-1");
		if (!method.isMiniGame()) {
			data.offerId(offerId(session.appId()));
		}
		return PaymentCall.signed(session, method, data.build().toJson(), appKey(session.appId(), env.code()));
	}

	/** A sword, bought once in env 0. */
	PaymentCall purchase(Session session) {
		return purchase(session, "sword", 199, 1, Env.PRODUCTION);
	}

	/** A sword, bought once in env 0, signed with an appKey already exchanged. */
	static PaymentCall purchase(Session session, Secret appKey) {
		PayMethod method = method(session.appId());
		SignData.Builder data = SignData.builder(method)
			.buyQuantity(1)
			.env(Env.PRODUCTION)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo(newOutTradeNo());
		if (!method.isMiniGame()) {
			data.offerId(offerId(session.appId()));
		}
		return PaymentCall.signed(session, method, data.build().toJson(), appKey);
	}

	Response pay(PaymentCall call, String... headers) {
		return this.http.postJson("/sandbox/wx/" + call.method().wireName(), call.body(), headers);
	}

	/** A merchant-API call with a valid token and pay_sig of the body's env. */
	Response xpay(String appId, String api, String body, int env) {
		String uri = "/xpay/" + api;
		String paySig = Signatures.payApiSig(appKey(appId, env), uri, body);
		return this.http.post(uri + "?access_token=" + accessToken(appId) + "&pay_sig=" + paySig, body);
	}

	Response admin(String method, String path, String body) {
		return this.http.send(method, path,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody(),
				"Authorization", ADMIN);
	}

	/**
	 * Registers a new mini game with one USD item, {@code sword} at 199, and returns it.
	 */
	String newMiniGame() {
		return newMiniGame("http://localhost:9/notify");
	}

	/**
	 * Registers a new mini game notifying {@code notifyUrl}, with USD items {@code sword}
	 * at 199 and {@code shield} at 299, and returns it.
	 */
	String newMiniGame(String notifyUrl) {
		String appId = "game-" + UUID.randomUUID().toString().substring(0, 8);
		SECRET_OF_CREATED.put(appId, appId + "-secret");
		Response app = admin("POST", "/sandbox/apps",
				MockHttp.JSON.writeValueAsString(Map.of("appId", appId, "appSecret", appId + "-secret", "type",
						"mini-game", "currencies", List.of("USD"), "notifyUrl", notifyUrl)));
		assertThat(app.status()).as(app.toString()).isEqualTo(201);
		Response item = admin("POST", "/sandbox/apps/" + appId + "/items",
				"{\"productId\":\"sword\",\"price\":199,\"currency\":\"USD\",\"maxQuantity\":5}");
		assertThat(item.status()).as(item.toString()).isEqualTo(201);
		Response shield = admin("POST", "/sandbox/apps/" + appId + "/items",
				"{\"productId\":\"shield\",\"price\":299,\"currency\":\"USD\"}");
		assertThat(shield.status()).as(shield.toString()).isEqualTo(201);
		return appId;
	}

	/**
	 * Registers a new mini program (offerId {@code <appId>-offer}) notifying
	 * {@code notifyUrl}, with the USD item {@code sword} at 199, and returns it.
	 */
	String newMiniProgram(String notifyUrl) {
		String appId = "program-" + UUID.randomUUID().toString().substring(0, 8);
		SECRET_OF_CREATED.put(appId, appId + "-secret");
		OFFER_OF_CREATED_PROGRAM.put(appId, appId + "-offer");
		Response app = admin("POST", "/sandbox/apps",
				MockHttp.JSON
					.writeValueAsString(Map.of("appId", appId, "appSecret", appId + "-secret", "type", "mini-program",
							"offerId", appId + "-offer", "currencies", List.of("USD"), "notifyUrl", notifyUrl)));
		assertThat(app.status()).as(app.toString()).isEqualTo(201);
		Response item = admin("POST", "/sandbox/apps/" + appId + "/items",
				"{\"productId\":\"sword\",\"price\":199,\"currency\":\"USD\"}");
		assertThat(item.status()).as(item.toString()).isEqualTo(201);
		return appId;
	}

	/** query_order of one outTradeNo, as the merchant asks it. */
	JsonNode order(Session session, String outTradeNo, int env) {
		Response response = xpay(session.appId(), "query_order",
				"{\"openid\":\"" + session.openid() + "\",\"env\":" + env + ",\"order_id\":\"" + outTradeNo + "\"}",
				env);
		assertThat(response.json().get("errcode").intValue()).as(response.toString()).isZero();
		return response.json().get("order");
	}

	/** The notifications of an app, newest first, each with every attempt. */
	JsonNode notifications(String appId) {
		Response response = admin("GET", "/sandbox/notifications?appId=" + enc(appId), null);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	/** The notification of one payment, with every attempt. */
	JsonNode notificationOf(String paymentId) {
		Response response = admin("GET", "/sandbox/notifications?paymentId=" + enc(paymentId), null);
		assertThat(response.json()).as(response.toString()).hasSize(1);
		return response.json().get(0);
	}

	static String secret(String appId) {
		String seeded = SECRETS.get(appId);
		return (seeded != null) ? seeded : SECRET_OF_CREATED.get(appId);
	}

	static PayMethod method(String appId) {
		return (offerId(appId) != null) ? PayMethod.REQUEST_VIRTUAL_PAYMENT : PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;
	}

	static String offerId(String appId) {
		return MINI_PROGRAM.equals(appId) ? "demo-offer" : OFFER_OF_CREATED_PROGRAM.get(appId);
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
