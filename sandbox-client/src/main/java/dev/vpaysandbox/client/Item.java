package dev.vpaysandbox.client;

import java.time.Instant;

/**
 * An item as the control API shows it.
 *
 * @param appId the app
 * @param productId the product id
 * @param price the unit price in minor units (cents)
 * @param currency its currency
 * @param maxQuantity the buyQuantity limit
 * @param published whether it can be bought
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record Item(String appId, String productId, long price, String currency, int maxQuantity, boolean published,
		Instant createdAt, Instant updatedAt) {
}
