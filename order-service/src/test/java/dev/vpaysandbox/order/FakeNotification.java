package dev.vpaysandbox.order;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

/**
 * Builds a delivery notification exactly as the platform sends it
 * (docs/protocol.md#format), signed with {@code Signatures.payEventSig}; tests change one
 * field at a time to forge or mismatch it.
 */
public final class FakeNotification {

	private final FakePlatform platform;

	private final String appId;

	private String event;

	private final String outTradeNo;

	private String openId;

	private Env env = Env.PRODUCTION;

	private String productId;

	private long quantity;

	private long actualPrice;

	private Secret key;

	FakeNotification(FakePlatform platform, String appId, PayMethod method, String outTradeNo) {
		this.platform = platform;
		this.appId = appId;
		this.event = method.deliveryEvent();
		this.outTradeNo = outTradeNo;
	}

	/** What was paid for: OpenId, ProductId, Quantity and the total ActualPrice. */
	public FakeNotification paid(String openId, String productId, long quantity, long actualPrice) {
		this.openId = openId;
		this.productId = productId;
		this.quantity = quantity;
		this.actualPrice = actualPrice;
		return this;
	}

	public FakeNotification env(Env env) {
		this.env = env;
		return this;
	}

	public FakeNotification event(String event) {
		this.event = event;
		return this;
	}

	public FakeNotification openId(String openId) {
		this.openId = openId;
		return this;
	}

	public FakeNotification productId(String productId) {
		this.productId = productId;
		return this;
	}

	public FakeNotification quantity(long quantity) {
		this.quantity = quantity;
		return this;
	}

	public FakeNotification actualPrice(long actualPrice) {
		this.actualPrice = actualPrice;
		return this;
	}

	/** Signs with this key instead of the platform's current key of the env. */
	public FakeNotification signedWith(Secret key) {
		this.key = key;
		return this;
	}

	/** The Payload text. */
	public String payload() {
		Map<String, Object> goods = new LinkedHashMap<>();
		goods.put("ProductId", this.productId);
		goods.put("Quantity", this.quantity);
		goods.put("ZoneId", "1");
		goods.put("OrigPrice", this.actualPrice);
		goods.put("ActualPrice", this.actualPrice);
		goods.put("Attach", "");
		goods.put("OrderSource", 1);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("OpenId", this.openId);
		payload.put("Env", String.valueOf(this.env.code()));
		payload.put("OutTradeNo", this.outTradeNo);
		payload.put("GoodsInfo", goods);
		return this.platform.json.writeValueAsString(payload);
	}

	/** The request body, signed over {@code Event&Payload}. */
	public String body() {
		String payload = payload();
		Secret signingKey = (this.key != null) ? this.key : this.platform.currentKey(this.appId, this.env);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("EventType", "event");
		envelope.put("Event", this.event);
		envelope.put("PayModel", "goods");
		envelope.put("Payload", payload);
		envelope.put("PayEventSig", Signatures.payEventSig(signingKey, this.event, payload));
		return this.platform.json.writeValueAsString(envelope);
	}

}
