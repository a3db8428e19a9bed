package dev.vpaysandbox.client;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * An HTTP answer as received.
 *
 * @param call method and path, for messages
 * @param status the HTTP status
 * @param headers its headers
 * @param body its body text
 */
record Answer(String call, int status, HttpHeaders headers, String body) {

	/** A header's first value. */
	Optional<String> header(String name) {
		return this.headers.firstValue(name);
	}

	/** The body, shortened for a message. */
	String excerpt() {
		String text = (this.body != null) ? this.body : "";
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
