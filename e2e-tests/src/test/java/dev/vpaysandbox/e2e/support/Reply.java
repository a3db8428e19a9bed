package dev.vpaysandbox.e2e.support;

import java.net.http.HttpHeaders;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * An HTTP answer: status, headers and body text, with the body as JSON on demand.
 *
 * @param call method and path, for assertion messages
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body text as received
 */
public record Reply(String call, int status, HttpHeaders headers, String body) {

	/** The body as JSON. */
	public JsonNode json() {
		return Http.JSON.readTree(this.body);
	}

	/** A response header's first value. */
	public Optional<String> header(String name) {
		return this.headers.firstValue(name);
	}

	/** The Content-Type, or "". */
	public String contentType() {
		return header("Content-Type").orElse("");
	}

	/** Whether it is an RFC 9457 problem detail of this project with this slug. */
	public boolean isProblem(String slug) {
		return contentType().startsWith("application/problem+json")
				&& this.body.contains("\"https://vpay-sandbox.dev/problems/" + slug + "\"");
	}

	/**
	 * The answer itself, or an {@link AssertionError} that shows it if the status
	 * differs.
	 */
	public Reply expect(int expectedStatus) {
		if (this.status != expectedStatus) {
			throw new AssertionError(
					this.call + " answered " + this.status + " (expected " + expectedStatus + "): " + this.body);
		}
		return this;
	}

	@Override
	public String toString() {
		return this.call + " -> " + this.status + " " + contentType() + " "
				+ ((this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body);
	}

}
