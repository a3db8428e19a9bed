package dev.vpaysandbox.order.catalogue;

import java.util.Objects;

import dev.vpaysandbox.signing.protocol.Money;

/**
 * Something an app sells, at its server-side price.
 *
 * @param productId the item as registered with the platform
 * @param name a display name
 * @param price the unit price
 * @param maxQuantity the most one order may buy
 */
public record Product(String productId, String name, Money price, int maxQuantity) {

	public Product {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(price, "price");
		if (maxQuantity < 1) {
			throw new IllegalArgumentException("maxQuantity must be at least 1");
		}
	}

}
