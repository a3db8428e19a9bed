package dev.vpaysandbox.e2e.drills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.vpaysandbox.e2e.support.Http;

/**
 * A seeded generator of malformed inputs: broken JSON, wrong types, huge numbers, deep
 * nesting, 1 MB bodies, odd Unicode, injection-looking strings, invalid UTF-8, and
 * missing or duplicated query parameters. Every input is built from a template that is
 * already invalid in at least two fields and changes one thing at a time, so none can
 * turn into a valid request by chance.
 */
final class HostileInputs {

	/** Values that are wrong for any field of these APIs, as JSON text. */
	static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400",
			"123456789012345678901234567890", "-9223372036854775809", "9223372036854775808", "[]", "{}",
			"[\"a\",1,null]", "{\"$gt\":\"\"}", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
			"\"\\u202e\\u0645\\u0631\\u062d\\u0628\\u0627\"", "\"\\u200b\\ufeff\"", "\"ｓｗｏｒｄ\"",
			"\"e\\u0301\\u0301\\u0301\"", "\"\uD83D\uDCB3\uD83D\uDD25\"", "\"' OR '1'='1' --\"",
			"\"'; drop table purchase_order; --\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://127.0.0.1/x}\"",
			"\"../../../../etc/passwd\"", "\"%00%0d%0aSet-Cookie:x=1\"", "\"{{7*7}}\"", "\"" + "x".repeat(5000) + "\"",
			"\"NaN\"", "NaN", "\"-0\"", "\"0x10\"", "\"1 \"");

	private final Random random;

	HostileInputs(long seed) {
		this.random = new Random(seed);
	}

	/** One malformed body. */
	record Input(String label, byte[] body, String contentType) {

		@Override
		public String toString() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.label + " " + ((text.length() > 120) ? text.substring(0, 120) + "…" : text);
		}

	}

	/**
	 * Malformed bodies derived from an (already invalid) JSON object template: every
	 * field replaced by odd values, fields removed and duplicated, and structurally
	 * broken bodies.
	 */
	List<Input> bodies(Map<String, Object> template, int count) {
		List<Input> inputs = new ArrayList<>(structural(template));
		List<String> fields = new ArrayList<>(template.keySet());
		while (inputs.size() < count) {
			String field = fields.get(this.random.nextInt(fields.size()));
			int kind = this.random.nextInt(5);
			if (kind == 0) {
				Map<String, Object> copy = new LinkedHashMap<>(template);
				copy.remove(field);
				inputs.add(json("missing " + field, Http.JSON.writeValueAsString(copy)));
			}
			else if (kind == 1) {
				String text = Http.JSON.writeValueAsString(template);
				text = text.substring(0, text.length() - 1) + ",\"" + field + "\":" + pick() + "}";
				inputs.add(json("duplicated " + field, text));
			}
			else {
				inputs.add(json(field + " odd", replace(template, field, pick())));
			}
		}
		return inputs;
	}

	/** A string field's value fuzzed: characters changed, inserted, cut. */
	String fuzz(String text) {
		StringBuilder fuzzed = new StringBuilder(text);
		int edits = 1 + this.random.nextInt(4);
		for (int i = 0; i < edits && !fuzzed.isEmpty(); i++) {
			int at = this.random.nextInt(fuzzed.length());
			switch (this.random.nextInt(4)) {
				case 0 -> fuzzed.setCharAt(at, (char) (' ' + this.random.nextInt(95)));
				case 1 -> fuzzed.insert(at,
						List.of(" ", "\t", "\\", "\"", "é", "\u202e", "{", "}").get(this.random.nextInt(8)));
				case 2 -> fuzzed.deleteCharAt(at);
				default -> fuzzed.setLength(at);
			}
		}
		String result = fuzzed.toString();
		return result.equals(text) ? result + " " : result;
	}

	/** A query-string value that is wrong in some odd way, URL-encoded. */
	String queryValue() {
		String value = pick();
		if (value.startsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	String pick() {
		return ODD_VALUES.get(this.random.nextInt(ODD_VALUES.size()));
	}

	private List<Input> structural(Map<String, Object> template) {
		String valid = Http.JSON.writeValueAsString(template);
		List<Input> inputs = new ArrayList<>();
		inputs.add(json("empty", ""));
		inputs.add(json("truncated", valid.substring(0, valid.length() / 2)));
		inputs.add(json("trailing comma", valid.substring(0, valid.length() - 1) + ",}"));
		inputs.add(json("trailing garbage", valid + "garbage"));
		inputs.add(json("two objects", valid + valid));
		inputs.add(json("array", "[" + valid + "]"));
		inputs.add(json("string", "\"" + valid.replace("\"", "\\\"") + "\""));
		inputs.add(json("single quotes", valid.replace('"', '\'')));
		inputs.add(json("deep nesting", "[".repeat(20_000) + "]".repeat(20_000)));
		inputs.add(json("deep objects", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
		inputs.add(json("1 MB", "{\"a\":\"" + "x".repeat(1 << 20) + "\"}"));
		inputs.add(new Input("invalid UTF-8",
				new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}' },
				"application/json"));
		inputs.add(new Input("NUL bytes", new byte[] { 0, 0, 0, '{', '}' }, "application/json"));
		inputs.add(new Input("as text/plain", valid.getBytes(StandardCharsets.UTF_8), "text/plain"));
		inputs.add(new Input("as XML", "<a>1</a>".getBytes(StandardCharsets.UTF_8), "application/xml"));
		inputs.add(new Input("form", "a=1&a=2".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"));
		return inputs;
	}

	private static String replace(Map<String, Object> template, String field, String rawJson) {
		StringBuilder text = new StringBuilder("{");
		for (Map.Entry<String, Object> entry : template.entrySet()) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append(Http.JSON.writeValueAsString(entry.getKey())).append(':');
			text.append(entry.getKey().equals(field) ? rawJson : Http.JSON.writeValueAsString(entry.getValue()));
		}
		return text.append('}').toString();
	}

	private static Input json(String label, String text) {
		return new Input(label, text.getBytes(StandardCharsets.UTF_8), "application/json");
	}

}
