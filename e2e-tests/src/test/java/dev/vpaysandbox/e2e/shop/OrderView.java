package dev.vpaysandbox.e2e.shop;

import tools.jackson.databind.JsonNode;

/**
 * An order as order-service shows it to its owner ({@code GET /api/orders/{outTradeNo}}).
 *
 * @param outTradeNo the order number
 * @param status CREATED, DELIVERED, EXPIRED or REFUNDED
 * @param productId the product
 * @param quantity how many
 * @param amount the total, minor units
 * @param deliveredLate whether a payment was honoured after the order had expired
 */
public record OrderView(String outTradeNo, String status, String productId, long quantity, long amount,
		boolean deliveredLate) {

	static OrderView of(JsonNode json) {
		return new OrderView(json.get("outTradeNo").asString(), json.get("status").asString(),
				json.get("productId").asString(), json.get("quantity").asLong(), json.get("amount").asLong(),
				json.path("deliveredLate").asBoolean(false));
	}

}
