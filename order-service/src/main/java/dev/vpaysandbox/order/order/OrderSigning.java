package dev.vpaysandbox.order.order;

import java.util.Locale;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.catalogue.Product;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.signdata.InvalidSignDataException;
import dev.vpaysandbox.signing.signdata.SignData;
import dev.vpaysandbox.signing.signature.Signatures;

/**
 * Builds an order's signData once, in the canonical form (docs/protocol.md#signdata), and
 * signs it: paySig with the appKey of the app's env over {@code method&signData},
 * signature with the user's session_key over signData.
 */
final class OrderSigning {

	private OrderSigning() {
	}

	/**
	 * The canonical signData text.
	 * @throws InvalidSignDataException if a value breaks a rule of
	 * docs/protocol.md#value-rules
	 */
	static String signData(MerchantApp app, Product product, int quantity, OutTradeNo outTradeNo,
			OrderRequest request) {
		SignData.Builder builder = SignData.builder(app.method())
			.buyQuantity(quantity)
			.env(app.env())
			.currencyType(product.price().currency())
			.productId(product.productId())
			.goodsPrice(product.price().minor())
			.outTradeNo(outTradeNo.value());
		if (app.offerId() != null) {
			builder.offerId(app.offerId());
		}
		if (request.platform() != null) {
			builder.platform(request.platform().toLowerCase(Locale.ROOT));
		}
		if (request.attach() != null) {
			builder.attach(request.attach());
		}
		return builder.build().toJson();
	}

	static String paySig(MerchantApp app, Secret appKey, String signData) {
		return Signatures.paySig(appKey, app.method(), signData);
	}

	static String signature(Secret sessionKey, String signData) {
		return Signatures.signature(sessionKey, signData);
	}

}
