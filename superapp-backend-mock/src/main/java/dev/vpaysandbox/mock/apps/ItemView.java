package dev.vpaysandbox.mock.apps;

import java.time.Instant;

/**
 * An item as the control API shows it.
 *
 * @param appId the app
 * @param productId the product id
 * @param price the unit price in minor units
 * @param currency its currency
 * @param maxQuantity the buyQuantity limit
 * @param published whether it can be bought
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
record ItemView(String appId, String productId, long price, String currency, int maxQuantity, boolean published,
		Instant createdAt, Instant updatedAt) {

	static ItemView of(Item item) {
		return new ItemView(item.appId(), item.productId(), item.price(), item.currency(), item.maxQuantity(),
				item.published(), item.createdAt(), item.updatedAt());
	}

}
