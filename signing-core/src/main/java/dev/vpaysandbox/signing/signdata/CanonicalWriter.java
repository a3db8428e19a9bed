package dev.vpaysandbox.signing.signdata;

import java.io.StringWriter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the one canonical text of a signData: compact, fields in spec order, absent
 * fields left out, strings escaped as JSON requires and nothing more.
 */
final class CanonicalWriter {

	private static final JsonFactory JSON = new JsonFactory();

	private CanonicalWriter() {
	}

	static String write(SignData data) {
		StringWriter out = new StringWriter(192);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			writeString(json, SignDataField.MODE, data.mode());
			writeString(json, SignDataField.OFFER_ID, data.offerId());
			json.writeNumberProperty(SignDataField.BUY_QUANTITY.jsonName(), data.buyQuantity());
			if (data.env() != null) {
				json.writeNumberProperty(SignDataField.ENV.jsonName(), data.env().code());
			}
			writeString(json, SignDataField.CURRENCY_TYPE, data.currencyType());
			writeString(json, SignDataField.PLATFORM, data.platform());
			writeString(json, SignDataField.PRODUCT_ID, data.productId());
			json.writeNumberProperty(SignDataField.GOODS_PRICE.jsonName(), data.goodsPrice());
			writeString(json, SignDataField.OUT_TRADE_NO, data.outTradeNo());
			writeString(json, SignDataField.ATTACH, data.attach());
			json.writeEndObject();
		}
		return out.toString();
	}

	private static void writeString(JsonGenerator json, SignDataField field, String value) {
		if (value != null) {
			json.writeStringProperty(field.jsonName(), value);
		}
	}

}
