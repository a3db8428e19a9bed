package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An item to register ({@code POST /sandbox/apps/{appId}/items}).
 *
 * @param productId the product id
 * @param price the unit price in minor units (cents), at least 1
 * @param currency an enabled currency of the app
 * @param maxQuantity the buyQuantity limit, or {@code null} for the sandbox's default
 * (100)
 * @param published whether it can be bought, or {@code null} for yes
 */
public record NewItem(String productId, long price, String currency, Integer maxQuantity, Boolean published) {

	public NewItem {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(currency, "currency");
	}

	/** A published item with the default buyQuantity limit. */
	public static NewItem of(String productId, long price, String currency) {
		return new NewItem(productId, price, currency, null, null);
	}

	/** The same item with another buyQuantity limit. */
	public NewItem withMaxQuantity(int maxQuantity) {
		return new NewItem(this.productId, this.price, this.currency, maxQuantity, this.published);
	}

	/** The same item, registered unpublished (the pre-order check answers -15010). */
	public NewItem unpublished() {
		return new NewItem(this.productId, this.price, this.currency, this.maxQuantity, false);
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("productId", this.productId);
		body.put("price", this.price);
		body.put("currency", this.currency);
		if (this.maxQuantity != null) {
			body.put("maxQuantity", this.maxQuantity);
		}
		if (this.published != null) {
			body.put("published", this.published);
		}
		return body;
	}

}
