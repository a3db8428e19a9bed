package dev.vpaysandbox.e2e.shop;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

/**
 * The two apps every fresh sandbox is seeded with (docs/protocol.md#choices), as both
 * services know them.
 */
public enum DemoApp {

	/**
	 * A mini game: pays with {@code wx.requestMidasPaymentGameItem}, mode inside
	 * signData.
	 */
	MINI_GAME("demo-minigame", "demo-minigame-secret", PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM),

	/**
	 * A mini program: pays with {@code wx.requestVirtualPayment}, mode beside signData.
	 */
	MINI_PROGRAM("demo-miniprogram", "demo-miniprogram-secret", PayMethod.REQUEST_VIRTUAL_PAYMENT);

	private final String appId;

	private final String appSecret;

	private final PayMethod method;

	DemoApp(String appId, String appSecret, PayMethod method) {
		this.appId = appId;
		this.appSecret = appSecret;
		this.method = method;
	}

	/** The appId. */
	public String appId() {
		return this.appId;
	}

	/** The appSecret (a merchant's secret: only misbehaving-merchant tests use it). */
	public String appSecret() {
		return this.appSecret;
	}

	/** The JS API this app type pays with. */
	public PayMethod method() {
		return this.method;
	}

	/**
	 * The current appKey of an env, from the key exchange: what a merchant backend holds.
	 * Tests use it to play a merchant that signs wrongly.
	 */
	public Secret appKey(VpaySandbox platform, Env env) {
		return platform.keys().exchange(this.appId, this.appSecret, env).appKey();
	}

	/**
	 * A delivery notification for an order of this app as the platform sends it, signed
	 * over {@code Event&Payload} with {@code key}: what a test forges or replays.
	 */
	public String signedNotification(Secret key, String outTradeNo, String openId, String productId, long quantity,
			long actualPrice) {
		Map<String, Object> goods = new LinkedHashMap<>();
		goods.put("ProductId", productId);
		goods.put("Quantity", quantity);
		goods.put("ZoneId", "1");
		goods.put("OrigPrice", actualPrice);
		goods.put("ActualPrice", actualPrice);
		goods.put("Attach", "");
		goods.put("OrderSource", 1);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("OpenId", openId);
		payload.put("Env", "0");
		payload.put("OutTradeNo", outTradeNo);
		payload.put("GoodsInfo", goods);
		String payloadText = Http.JSON.writeValueAsString(payload);
		String event = this.method.deliveryEvent();
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("EventType", "event");
		envelope.put("Event", event);
		envelope.put("PayModel", "goods");
		envelope.put("Payload", payloadText);
		envelope.put("PayEventSig", Signatures.payEventSig(key, event, payloadText));
		return Http.JSON.writeValueAsString(envelope);
	}

	/** The demo app whose payments use this JS API. */
	public static DemoApp paying(PayMethod method) {
		return (method == MINI_GAME.method) ? MINI_GAME : MINI_PROGRAM;
	}

}
