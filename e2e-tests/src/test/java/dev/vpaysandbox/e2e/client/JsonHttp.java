package dev.vpaysandbox.e2e.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over real HTTP, as a front end or a script would send it: bodies go out as the
 * exact text given (a signData must not be re-serialized on the way) or as an object
 * serialized once.
 */
public final class JsonHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private JsonHttp() {
	}

	/** {@code GET url} with these headers. */
	public static Reply get(String url, Map<String, String> headers) {
		return send(request(url, headers).GET());
	}

	/**
	 * {@code POST url} with a JSON body: a {@link String} is sent as is, anything else
	 * serialized.
	 */
	public static Reply post(String url, Map<String, String> headers, Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return send(request(url, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	/** {@code PATCH url} with a JSON body serialized once. */
	public static Reply patch(String url, Map<String, String> headers, Object body) {
		return send(request(url, headers).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	private static HttpRequest.Builder request(String url, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
		headers.forEach(builder::header);
		return builder;
	}

	private static Reply send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(request.method() + " " + request.uri().getPath(), response.statusCode(),
					response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during " + request.uri(), ex);
		}
	}

}
