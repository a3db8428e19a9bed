package dev.vpaysandbox.client;

import java.util.Map;

/**
 * An RFC 9457 problem detail, as the sandbox's control API answers errors.
 *
 * @param type the problem type, {@code https://vpay-sandbox.dev/problems/<slug>}
 * @param title the status's reason phrase
 * @param status the HTTP status
 * @param detail what is wrong, in a sentence
 * @param instance the path that answered it
 * @param properties further members, e.g. {@code errors} of an invalid request
 */
public record Problem(String type, String title, int status, String detail, String instance,
		Map<String, Object> properties) {

	/** The prefix of the sandbox's problem types. */
	public static final String TYPE_PREFIX = "https://vpay-sandbox.dev/problems/";

	public Problem {
		properties = (properties != null) ? Map.copyOf(properties) : Map.of();
	}

	/**
	 * The last part of the type, e.g. {@code not-found} or {@code admin-token-required}.
	 */
	public String slug() {
		return (this.type != null && this.type.startsWith(TYPE_PREFIX)) ? this.type.substring(TYPE_PREFIX.length())
				: String.valueOf(this.type);
	}

}
