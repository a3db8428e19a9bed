package dev.vpaysandbox.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP, for what the sandbox client does not cover: order-service's own API, and the
 * exact (often malformed) bytes the drills send. A body goes out as the exact bytes or
 * text given, or as an object serialized once. The mock's API is the sandbox client's
 * ({@link SandboxServices#sandbox()}).
 */
public final class Http {

	/** The e2e tests' JSON mapper. */
	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Http() {
	}

	/** {@code GET url} with these headers. */
	public static Reply get(String url, Map<String, String> headers) {
		return send("GET", url, null, flatten(headers));
	}

	/**
	 * {@code POST url} with a JSON body: a {@link String} is sent as is, anything else
	 * serialized.
	 */
	public static Reply post(String url, Map<String, String> headers, Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return send("POST", url, text.getBytes(StandardCharsets.UTF_8),
				flatten(headers, "Content-Type", "application/json"));
	}

	/** {@code POST url} with this JSON text, and headers given as name, value, .... */
	public static Reply postJson(String url, String body, String... headers) {
		String[] all = new String[headers.length + 2];
		System.arraycopy(headers, 0, all, 0, headers.length);
		all[headers.length] = "Content-Type";
		all[headers.length + 1] = "application/json";
		return send("POST", url, body.getBytes(StandardCharsets.UTF_8), all);
	}

	/** Sends exactly these bytes (or none), with headers given as name, value, .... */
	public static Reply send(String method, String url, byte[] body, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(method + " " + request.uri().getPath(), response.statusCode(), response.headers(),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during " + url, ex);
		}
	}

	private static String[] flatten(Map<String, String> headers, String... more) {
		String[] all = new String[headers.size() * 2 + more.length];
		int i = 0;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			all[i++] = header.getKey();
			all[i++] = header.getValue();
		}
		System.arraycopy(more, 0, all, i, more.length);
		return all;
	}

}
