package dev.vpaysandbox.e2e.drills;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed query strings of an endpoint's parameters: each parameter given odd values,
 * left out, given twice, or 4000 characters long, and strings that do not parse.
 */
final class HostileQueries {

	private HostileQueries() {
	}

	static List<String> of(HostileInputs inputs, Map<String, String> params) {
		List<String> queries = new ArrayList<>();
		queries.add("");
		for (String name : params.keySet()) {
			for (int i = 0; i < 6; i++) {
				queries.add(query(params, name, inputs.queryValue(), false));
			}
			queries.add(query(params, name, null, false));
			queries.add(query(params, name, inputs.queryValue(), true));
			queries.add(query(params, name, params.get(name), true));
			queries.add(query(params, name, "x".repeat(4000), false));
		}
		queries.add("&&&==&%25zz=%25zz");
		queries.add("a%5Bb%5D%5Bc%5D=1&" + query(params, "", null, false));
		return queries;
	}

	private static String query(Map<String, String> params, String changed, String value, boolean duplicate) {
		StringBuilder query = new StringBuilder();
		params.forEach((name, original) -> {
			if (name.equals(changed) && value == null) {
				return;
			}
			String text = (name.equals(changed) && !duplicate) ? value
					: URLEncoder.encode(original, StandardCharsets.UTF_8);
			query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(text);
			if (name.equals(changed) && duplicate) {
				query.append('&').append(name).append('=').append(value);
			}
		});
		return query.toString();
	}

}
