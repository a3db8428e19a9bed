package dev.vpaysandbox.mock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the mock: sends exact bytes, so tests control every byte. */
final class MockHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	MockHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	Response get(String path, String... headers) {
		return send(builder(path, headers).GET().build());
	}

	Response post(String path, String body, String... headers) {
		return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	Response post(String path, byte[] body, String... headers) {
		return send(builder(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** Posts a JSON object serialized from a map. */
	Response postJson(String path, Map<String, ?> body, String... headers) {
		return post(path, JSON.writeValueAsString(body), headers);
	}

	Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
		return send(builder(path, headers).header("Content-Type", "application/json").method(method, body).build());
	}

	private HttpRequest.Builder builder(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException("request to " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** An answer: status, body text, and the body as JSON on demand. */
	record Response(int status, String body, HttpResponse<String> raw) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
