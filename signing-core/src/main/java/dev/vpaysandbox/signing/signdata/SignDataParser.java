package dev.vpaysandbox.signing.signdata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses and validates a received signData text without ever re-serializing it. Reports
 * every broken rule with the protocol code it maps to: -15011 when the text is not one
 * JSON object, -15001 for a missing required field, -15002 for a wrong type, a bad value
 * or an unknown or duplicated field. Numbers must be JSON integers: a decimal, an
 * exponent, a string or a negative number is invalid.
 */
public final class SignDataParser {

	private static final JsonFactory JSON = new JsonFactory();

	private SignDataParser() {
	}

	/**
	 * Parses a signData received for the given JS API (which decides whether {@code mode}
	 * or {@code offerId} is required).
	 * @param raw the text as received, possibly {@code null}
	 * @param method the JS API the front end called
	 * @return the typed content with the raw text, or every violation
	 */
	public static ParsedSignData parse(String raw, PayMethod method) {
		if (raw == null || raw.isBlank()) {
			return invalid(raw, Violation.notAJsonObject("signData must be a string holding a JSON object"));
		}
		Map<SignDataField, Object> values = new EnumMap<>(SignDataField.class);
		Set<SignDataField> present = EnumSet.noneOf(SignDataField.class);
		List<Violation> violations = new ArrayList<>();
		try (JsonParser json = JSON.createParser(raw)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				return invalid(raw, Violation.notAJsonObject("signData must hold a JSON object"));
			}
			readFields(json, values, present, violations);
			if (json.nextToken() != null) {
				return invalid(raw, Violation.notAJsonObject("signData has content after its JSON object"));
			}
		}
		catch (JacksonException ex) {
			return invalid(raw, Violation.notAJsonObject(notJson(ex)));
		}
		SignData data = toSignData(values);
		violations.addAll(checkComplete(data, method, present, values.keySet()));
		return violations.isEmpty() ? new ParsedSignData.Valid(raw, data) : new ParsedSignData.Invalid(raw, violations);
	}

	/**
	 * The rules of a complete value set, including the two required integers.
	 * @param present the fields the text or builder had, valid or not
	 * @param valued the fields with a value of the right type, now in {@code data}
	 */
	static List<Violation> checkComplete(SignData data, PayMethod method, Set<SignDataField> present,
			Set<SignDataField> valued) {
		List<Violation> violations = new ArrayList<>();
		for (SignDataField integer : List.of(SignDataField.BUY_QUANTITY, SignDataField.GOODS_PRICE)) {
			if (!present.contains(integer)) {
				violations.add(Violation.missing(integer, integer.jsonName() + " is required"));
			}
		}
		for (Violation violation : SignDataRules.check(data, method)) {
			SignDataField field = SignDataField.byJsonName(violation.field());
			boolean checkedUnset = (field != null) && !valued.contains(field)
					&& (present.contains(field) || field.type() == SignDataField.Type.INTEGER);
			if (!checkedUnset) {
				violations.add(violation);
			}
		}
		return violations;
	}

	/**
	 * Where the text stops being JSON, without quoting it: a parser's message would
	 * repeat the offending token.
	 */
	private static String notJson(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		long offset = (location != null) ? location.getCharOffset() : -1;
		return "signData is not valid JSON" + ((offset >= 0) ? " (at character " + offset + ")" : "");
	}

	private static void readFields(JsonParser json, Map<SignDataField, Object> values, Set<SignDataField> present,
			List<Violation> violations) {
		Set<String> seen = new HashSet<>();
		for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
			String name = json.currentName();
			JsonToken valueToken = json.nextToken();
			SignDataField field = SignDataField.byJsonName(name);
			if (!seen.add(name)) {
				violations.add(Violation.invalid(name, "field " + name + " appears more than once"));
			}
			else if (field == null) {
				violations.add(Violation.invalid(name, "unknown field " + name));
			}
			else {
				present.add(field);
				readValue(json, field, valueToken, values, violations);
			}
			json.skipChildren();
		}
	}

	private static void readValue(JsonParser json, SignDataField field, JsonToken token,
			Map<SignDataField, Object> values, List<Violation> violations) {
		String name = field.jsonName();
		if (field.type() == SignDataField.Type.STRING) {
			if (token == JsonToken.VALUE_STRING) {
				values.put(field, json.getString());
			}
			else {
				violations.add(Violation.invalid(name, name + " must be a JSON string, not " + describe(token)));
			}
			return;
		}
		if (token != JsonToken.VALUE_NUMBER_INT) {
			violations.add(Violation.invalid(name, name + " must be a JSON integer, not " + describe(token)));
		}
		else if (json.getString().startsWith("-")) {
			// "-0" too: it is written as a negative number, and no re-serialization keeps
			// it.
			violations.add(Violation.invalid(name, name + " must not be negative"));
		}
		else if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
			violations.add(Violation.invalid(name, name + " is too large"));
		}
		else if (field == SignDataField.ENV && json.getLongValue() > 1) {
			violations.add(Violation.invalid(name, "env must be 0 (production) or 1 (sandbox)"));
		}
		else {
			values.put(field, json.getLongValue());
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT -> "an integer";
			case VALUE_NUMBER_FLOAT -> "a decimal number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			default -> token.name();
		};
	}

	private static SignData toSignData(Map<SignDataField, Object> values) {
		Long env = (Long) values.get(SignDataField.ENV);
		return new SignData((String) values.get(SignDataField.MODE), (String) values.get(SignDataField.OFFER_ID),
				longOrZero(values.get(SignDataField.BUY_QUANTITY)), (env != null) ? Env.of(env) : null,
				(String) values.get(SignDataField.CURRENCY_TYPE), (String) values.get(SignDataField.PLATFORM),
				(String) values.get(SignDataField.PRODUCT_ID), longOrZero(values.get(SignDataField.GOODS_PRICE)),
				(String) values.get(SignDataField.OUT_TRADE_NO), (String) values.get(SignDataField.ATTACH));
	}

	private static long longOrZero(Object value) {
		return (value != null) ? (Long) value : 0;
	}

	private static ParsedSignData invalid(String raw, Violation violation) {
		return new ParsedSignData.Invalid(raw, List.of(violation));
	}

}
