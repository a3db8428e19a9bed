package dev.vpaysandbox.signing.signdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Valid signData texts of both app types, and variants of them with one field replaced or
 * removed, written by hand (not by the canonical writer under test).
 */
final class SignDataTexts {

	/** A mini game's signData with every field, in spec order. */
	static final String GAME = "{\"mode\":\"goods\",\"buyQuantity\":1,\"env\":0,\"currencyType\":\"USD\","
			+ "\"platform\":\"android\",\"productId\":\"sword\",\"goodsPrice\":199,"
			+ "\"outTradeNo\":\"ord_20260101_0001\",\"attach\":\"note\"}";

	/** A mini program's signData with every field, in spec order. */
	static final String PROGRAM = "{\"offerId\":\"demo-offer\",\"buyQuantity\":3,\"env\":1,\"currencyType\":\"USD\","
			+ "\"platform\":\"ios\",\"productId\":\"gem-pack\",\"goodsPrice\":999,"
			+ "\"outTradeNo\":\"ord-20260101-0002\",\"attach\":\"note\"}";

	private SignDataTexts() {
	}

	/** The mini game text with the raw JSON value of one field replaced. */
	static String gameWith(String field, String rawJsonValue) {
		Map<String, String> fields = gameFields();
		fields.put(field, rawJsonValue);
		return write(fields);
	}

	/** The mini game text without one field. */
	static String gameWithout(String field) {
		Map<String, String> fields = gameFields();
		fields.remove(field);
		return write(fields);
	}

	/** The mini program text without one field. */
	static String programWithout(String field) {
		Map<String, String> fields = programFields();
		fields.remove(field);
		return write(fields);
	}

	/** The mini program text with the raw JSON value of one field replaced. */
	static String programWith(String field, String rawJsonValue) {
		Map<String, String> fields = programFields();
		fields.put(field, rawJsonValue);
		return write(fields);
	}

	/** A JSON string literal for simple text (no quotes or backslashes inside). */
	static String quoted(String text) {
		return "\"" + text + "\"";
	}

	private static Map<String, String> gameFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("mode", "\"goods\"");
		fields.put("buyQuantity", "1");
		fields.put("env", "0");
		fields.put("currencyType", "\"USD\"");
		fields.put("platform", "\"android\"");
		fields.put("productId", "\"sword\"");
		fields.put("goodsPrice", "199");
		fields.put("outTradeNo", "\"ord_20260101_0001\"");
		fields.put("attach", "\"note\"");
		return fields;
	}

	private static Map<String, String> programFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("offerId", "\"demo-offer\"");
		fields.put("buyQuantity", "3");
		fields.put("env", "1");
		fields.put("currencyType", "\"USD\"");
		fields.put("platform", "\"ios\"");
		fields.put("productId", "\"gem-pack\"");
		fields.put("goodsPrice", "999");
		fields.put("outTradeNo", "\"ord-20260101-0002\"");
		fields.put("attach", "\"note\"");
		return fields;
	}

	private static String write(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> "\"" + field.getKey() + "\":" + field.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

}
