package dev.vpaysandbox.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load generator's HTTP: one JDK client per scenario over HTTP/1.1 with keep-alive,
 * so N threads hold N connections.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client;

	Http() {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	Reply get(String url, String... headers) {
		return send(request(url, headers).GET().build());
	}

	Reply post(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	Reply put(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static HttpRequest.Builder request(String url, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	record Reply(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String text(String field) {
			JsonNode node = json().get(field);
			if (node == null || node.isNull()) {
				throw new IllegalStateException("no " + field + " in " + this);
			}
			return node.asString();
		}

		Reply expect(int wanted) {
			if (this.status != wanted) {
				throw new IllegalStateException("expected " + wanted + ", got " + this);
			}
			return this;
		}

		@Override
		public String toString() {
			String shown = (this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body;
			return this.status + " " + shown;
		}

	}

}
