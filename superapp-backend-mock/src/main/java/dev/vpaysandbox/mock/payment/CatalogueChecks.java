package dev.vpaysandbox.mock.payment;

import java.util.Optional;

import dev.vpaysandbox.mock.apps.App;
import dev.vpaysandbox.mock.apps.Item;
import dev.vpaysandbox.signing.signdata.SignData;

/**
 * Steps 6 and 7 of the pre-order check: the item is registered and published (-15010),
 * then price, currency and quantity match it (-15002), in that order.
 */
final class CatalogueChecks {

	private CatalogueChecks() {
	}

	static Optional<Verdict.Rejected> check(SignData data, App app, Optional<Item> found) {
		if (found.isEmpty()) {
			return Optional.of(Rejections.of(Rejections.ITEM_NOT_FOUND, 404, "item", "productId not found",
					"app " + app.appId() + " has no item " + data.productId()));
		}
		Item item = found.get();
		if (!item.published()) {
			return Optional.of(Rejections.of(Rejections.ITEM_NOT_FOUND, 404, "item", "productId not published",
					"item " + item.productId() + " is not published"));
		}
		if (data.goodsPrice() != item.price()) {
			return Optional.of(invalid("price", "goodsPrice",
					"goodsPrice " + data.goodsPrice() + " is not the registered unit price " + item.price()));
		}
		if (!data.currencyType().equals(item.currency()) || !app.accepts(data.currencyType())) {
			return Optional.of(invalid("currency", "currencyType", "currencyType " + data.currencyType()
					+ " is not the item's currency " + item.currency() + " or not enabled for the app"));
		}
		if (data.buyQuantity() > item.maxQuantity()) {
			return Optional.of(invalid("quantity", "buyQuantity",
					"buyQuantity " + data.buyQuantity() + " is above the item's limit " + item.maxQuantity()));
		}
		try {
			data.amount();
		}
		catch (ArithmeticException ex) {
			return Optional.of(invalid("quantity", "buyQuantity", "goodsPrice × buyQuantity overflows"));
		}
		return Optional.empty();
	}

	private static Verdict.Rejected invalid(String check, String field, String message) {
		return Rejections.of(Rejections.INVALID, 400, check, "invalid " + field, message);
	}

}
