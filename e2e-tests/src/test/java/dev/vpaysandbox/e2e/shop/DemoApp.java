package dev.vpaysandbox.e2e.shop;

import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

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

	/** The demo app whose payments use this JS API. */
	public static DemoApp paying(PayMethod method) {
		return (method == MINI_GAME.method) ? MINI_GAME : MINI_PROGRAM;
	}

}
