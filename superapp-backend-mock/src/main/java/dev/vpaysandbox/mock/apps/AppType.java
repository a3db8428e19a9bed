package dev.vpaysandbox.mock.apps;

import java.util.Arrays;
import java.util.Optional;

import dev.vpaysandbox.signing.protocol.PayMethod;

/** Mini game or mini program: decides the JS API the app pays with. */
public enum AppType {

	MINI_GAME("mini-game", PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM),

	MINI_PROGRAM("mini-program", PayMethod.REQUEST_VIRTUAL_PAYMENT);

	private final String wireName;

	private final PayMethod payMethod;

	AppType(String wireName, PayMethod payMethod) {
		this.wireName = wireName;
		this.payMethod = payMethod;
	}

	/** The name the control API uses: {@code mini-game} or {@code mini-program}. */
	public String wireName() {
		return this.wireName;
	}

	/** The JS API apps of this type pay with. */
	public PayMethod payMethod() {
		return this.payMethod;
	}

	/** The type of this control-API name, if any. */
	public static Optional<AppType> fromWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

}
