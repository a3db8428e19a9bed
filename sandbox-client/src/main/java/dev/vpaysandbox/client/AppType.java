package dev.vpaysandbox.client;

import dev.vpaysandbox.signing.protocol.PayMethod;

/** What an app is, and so which JS API it pays with. */
public enum AppType {

	/** Pays with {@code wx.requestMidasPaymentGameItem}, {@code mode} inside signData. */
	MINI_GAME("mini-game", PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM),

	/**
	 * Pays with {@code wx.requestVirtualPayment}, {@code mode}
	 * ({@code short_series_goods}) beside signData.
	 */
	MINI_PROGRAM("mini-program", PayMethod.REQUEST_VIRTUAL_PAYMENT);

	private final String wireName;

	private final PayMethod method;

	AppType(String wireName, PayMethod method) {
		this.wireName = wireName;
		this.method = method;
	}

	/** {@code mini-game} or {@code mini-program}, as the control API writes it. */
	public String wireName() {
		return this.wireName;
	}

	/** The JS API this type pays with. */
	public PayMethod method() {
		return this.method;
	}

	/** The type of a wire name. */
	static AppType fromWireName(String wireName) {
		for (AppType type : values()) {
			if (type.wireName.equals(wireName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown app type " + wireName);
	}

}
