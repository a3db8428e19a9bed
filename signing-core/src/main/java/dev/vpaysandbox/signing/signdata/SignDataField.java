package dev.vpaysandbox.signing.signdata;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of signData in the order of docs/protocol.md#fields, which is also the order
 * the canonical writer emits them in.
 */
public enum SignDataField {

	MODE("mode", Type.STRING), OFFER_ID("offerId", Type.STRING), BUY_QUANTITY("buyQuantity", Type.INTEGER),
	ENV("env", Type.INTEGER), CURRENCY_TYPE("currencyType", Type.STRING), PLATFORM("platform", Type.STRING),
	PRODUCT_ID("productId", Type.STRING), GOODS_PRICE("goodsPrice", Type.INTEGER),
	OUT_TRADE_NO("outTradeNo", Type.STRING), ATTACH("attach", Type.STRING);

	private static final Map<String, SignDataField> BY_JSON_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(SignDataField::jsonName, Function.identity()));

	private final String jsonName;

	private final Type type;

	SignDataField(String jsonName, Type type) {
		this.jsonName = jsonName;
		this.type = type;
	}

	/** The field's name in the JSON text. */
	public String jsonName() {
		return this.jsonName;
	}

	/** The JSON type the field's value must have. */
	public Type type() {
		return this.type;
	}

	/** The field of this JSON name, or {@code null} for an unknown name. */
	static SignDataField byJsonName(String name) {
		return BY_JSON_NAME.get(name);
	}

	/** The JSON value types signData uses. */
	public enum Type {

		/** A JSON string. */
		STRING,
		/** A JSON integer: no fraction, no exponent, not a string. */
		INTEGER

	}

}
