package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of an item ({@code PATCH .../items/{productId}}): what is {@code null} stays
 * as it is.
 *
 * @param price a new unit price in minor units
 * @param currency a new currency (enabled for the app)
 * @param maxQuantity a new buyQuantity limit
 * @param published whether it can be bought
 */
public record ItemChange(Long price, String currency, Integer maxQuantity, Boolean published) {

	/** A new price on the platform (the merchant's catalogue keeps its own). */
	public static ItemChange price(long price) {
		return new ItemChange(price, null, null, null);
	}

	/** A new buyQuantity limit. */
	public static ItemChange maxQuantity(int maxQuantity) {
		return new ItemChange(null, null, maxQuantity, null);
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		if (this.price != null) {
			body.put("price", this.price);
		}
		if (this.currency != null) {
			body.put("currency", this.currency);
		}
		if (this.maxQuantity != null) {
			body.put("maxQuantity", this.maxQuantity);
		}
		if (this.published != null) {
			body.put("published", this.published);
		}
		return body;
	}

}
