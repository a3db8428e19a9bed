package dev.vpaysandbox.signing.signdata;

/**
 * Finds and strips JSON whitespace outside strings: the mark of a text that a JSON
 * library pretty-printed or re-serialized after it was signed.
 */
public final class JsonWhitespace {

	private JsonWhitespace() {
	}

	/** Whether the text has a space, tab or line break outside a JSON string. */
	public static boolean hasInsignificantWhitespace(String json) {
		return !compact(json).equals(json);
	}

	/** The text without whitespace outside JSON strings; strings are left untouched. */
	public static String compact(String json) {
		StringBuilder out = new StringBuilder(json.length());
		boolean inString = false;
		boolean escaped = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				out.append(c);
				if (escaped) {
					escaped = false;
				}
				else if (c == '\\') {
					escaped = true;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
				out.append(c);
			}
			else if (!isJsonWhitespace(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isJsonWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

}
