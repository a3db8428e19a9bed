package dev.vpaysandbox.e2e.shop;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * An order as order-service answered {@code POST /api/orders}: what the front end hands,
 * unchanged, to the JS API named by {@code method}.
 *
 * @param outTradeNo the merchant's order number
 * @param method the JS API to call
 * @param mode {@code goods} (mini games) or {@code short_series_goods} (mini programs)
 * @param signData the signed text, exactly as received
 * @param paySig paySig over {@code method&signData}
 * @param signature signature over signData with the user's session_key
 */
public record PlacedOrder(String outTradeNo, PayMethod method, String mode, String signData, String paySig,
		String signature) {

	static PlacedOrder of(JsonNode json) {
		return new PlacedOrder(json.get("outTradeNo").asString(),
				PayMethod.fromWireName(json.get("method").asString()).orElseThrow(), json.get("mode").asString(),
				json.get("signData").asString(), json.get("paySig").asString(), json.get("signature").asString());
	}

}
