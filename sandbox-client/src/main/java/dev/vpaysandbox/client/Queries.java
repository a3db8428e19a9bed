package dev.vpaysandbox.client;

import java.util.StringJoiner;

/** Query strings of the control API's searches. */
final class Queries {

	private Queries() {
	}

	/** {@code ?name=value&...} of the pairs whose value is not {@code null}, or "". */
	static String of(String... namesAndValues) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				query.add(namesAndValues[i] + "=" + SandboxHttp.segment(namesAndValues[i + 1]));
			}
		}
		return query.toString();
	}

}
