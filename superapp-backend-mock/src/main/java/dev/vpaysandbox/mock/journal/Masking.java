package dev.vpaysandbox.mock.journal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks what the journal must never show: secrets, keys, session keys, access tokens and
 * login codes become {@code ****}; signatures keep their first six characters, enough to
 * tell two apart and useless to an attacker.
 */
final class Masking {

	static final String MASK = "****";

	private static final int SHOWN_SIGNATURE = 6;

	private static final Set<String> SECRETS = lowerCase("appSecret", "secret", "appKey", "session_key", "sessionKey",
			"access_token", "accessToken", "code", "js_code", "adminToken");

	private static final Set<String> SIGNATURES = lowerCase("paySig", "pay_sig", "signature", "PayEventSig");

	// Possessive: no backtracking, so a long value cannot exhaust the stack.
	private static final Pattern PAIR = Pattern
		.compile("\"([A-Za-z_]++)\"\\s*+:\\s*+\"((?:[^\"\\\\]++|\\\\.)*+)(\"|$)");

	private Masking() {
	}

	/** Whether a field or parameter of this name is masked. */
	static boolean masks(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return SECRETS.contains(lower) || SIGNATURES.contains(lower);
	}

	/** The masked value of a field or parameter. */
	static String mask(String name, String value) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (SIGNATURES.contains(lower)) {
			return (value.length() > SHOWN_SIGNATURE) ? value.substring(0, SHOWN_SIGNATURE) + "…" : MASK;
		}
		return SECRETS.contains(lower) ? MASK : value;
	}

	/** A copy of a JSON value with every secret field, at any depth, masked. */
	static JsonNode json(JsonNode node) {
		JsonNode copy = node.deepCopy();
		maskInPlace(copy);
		return copy;
	}

	private static void maskInPlace(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				if (masks(field.getKey()) && value.isValueNode() && !value.isNull()) {
					object.put(field.getKey(), mask(field.getKey(), value.asString()));
				}
				else {
					maskInPlace(value);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(Masking::maskInPlace);
		}
	}

	/**
	 * A text that is not JSON (or was cut short): every {@code "name":"value"} pair of a
	 * secret field masked, a value cut off at the end included.
	 */
	static String text(String text) {
		Matcher matcher = PAIR.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement = masks(name) ? "\"" + name + "\":\"" + mask(name, matcher.group(2)) + matcher.group(3)
					: matcher.group();
			matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

	/**
	 * A query string with the values of secret parameters masked, e.g.
	 * {@code access_token=****}.
	 */
	static String query(String query) {
		if (query == null || query.isEmpty()) {
			return query;
		}
		StringBuilder masked = new StringBuilder();
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			if (masked.length() > 0) {
				masked.append('&');
			}
			if (equals < 0) {
				masked.append(pair);
				continue;
			}
			String name = pair.substring(0, equals);
			masked.append(name).append('=').append(mask(name, pair.substring(equals + 1)));
		}
		return masked.toString();
	}

	private static Set<String> lowerCase(String... names) {
		return Set.of(names).stream().map((name) -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

}
