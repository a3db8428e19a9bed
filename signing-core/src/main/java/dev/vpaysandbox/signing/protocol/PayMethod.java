package dev.vpaysandbox.signing.protocol;

import java.util.Arrays;
import java.util.Optional;

/**
 * The JS API a front end calls to pay; its bare name is part of the string signed for
 * {@code paySig} (docs/protocol.md#signatures) and it decides the app type.
 */
public enum PayMethod {

	/** Mini programs: {@code wx.requestVirtualPayment}. */
	REQUEST_VIRTUAL_PAYMENT("requestVirtualPayment", "xpay_goods_deliver_notify"),

	/** Mini games: {@code wx.requestMidasPaymentGameItem}. */
	REQUEST_MIDAS_PAYMENT_GAME_ITEM("requestMidasPaymentGameItem", "minigame_game_pay_goods_deliver_notify");

	private final String wireName;

	private final String deliveryEvent;

	PayMethod(String wireName, String deliveryEvent) {
		this.wireName = wireName;
		this.deliveryEvent = deliveryEvent;
	}

	/** The bare method name: no slash, no {@code wx.} prefix. */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * The {@code Event} of the delivery notification for apps paying with this method.
	 */
	public String deliveryEvent() {
		return this.deliveryEvent;
	}

	/** Whether this is the mini-game method (signData then carries {@code mode}). */
	public boolean isMiniGame() {
		return this == REQUEST_MIDAS_PAYMENT_GAME_ITEM;
	}

	/** The other method, used to recognise a signature made for the wrong app type. */
	public PayMethod other() {
		return isMiniGame() ? REQUEST_VIRTUAL_PAYMENT : REQUEST_MIDAS_PAYMENT_GAME_ITEM;
	}

	/** The method with this bare name, if any. */
	public static Optional<PayMethod> fromWireName(String name) {
		return Arrays.stream(values()).filter((method) -> method.wireName.equals(name)).findFirst();
	}

	/** The method whose delivery notification carries this {@code Event}, if any. */
	public static Optional<PayMethod> fromDeliveryEvent(String event) {
		return Arrays.stream(values()).filter((method) -> method.deliveryEvent.equals(event)).findFirst();
	}

}
