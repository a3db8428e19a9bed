package dev.vpaysandbox.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the JDK's HTTP client to one sandbox: admin calls carry the bearer token,
 * answers outside 2xx become {@link SandboxProblemException}s, and a sandbox that cannot
 * be reached becomes a {@link SandboxUnreachableException}. Bodies are serialized once
 * and sent as they are, so a signData string is never re-serialized.
 */
final class SandboxHttp {

	/**
	 * Tolerant of fields and enum values a newer sandbox adds, and of members it leaves
	 * out when they are empty.
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.build();

	private final URI baseUrl;

	private final String adminToken;

	private final HttpClient client;

	private final Duration timeout;

	SandboxHttp(URI baseUrl, String adminToken, HttpClient client, Duration timeout) {
		String base = baseUrl.toString();
		this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		this.adminToken = adminToken;
		this.client = client;
		this.timeout = timeout;
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	/** A control-API call with the admin token; answers outside 2xx throw. */
	Answer admin(String method, String path, Object body) {
		return admin(method, path, body, this.timeout);
	}

	/** A control-API call with the admin token and its own timeout. */
	Answer admin(String method, String path, Object body, Duration timeout) {
		return expectSuccess(send(method, path, body, Map.of("Authorization", "Bearer " + this.adminToken), timeout));
	}

	/** A call without the admin token, as a front end or a merchant backend makes it. */
	Answer open(String method, String path, Object body, Map<String, String> headers) {
		return send(method, path, body, headers, this.timeout);
	}

	/** The answer itself, or the problem it reports if its status is not 2xx. */
	static Answer expectSuccess(Answer answer) {
		if (answer.status() / 100 != 2) {
			throw SandboxProblemException.of(answer);
		}
		return answer;
	}

	private Answer send(String method, String path, Object body, Map<String, String> headers, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(timeout)
			.header("Accept", "application/json, application/problem+json");
		headers.forEach(request::header);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		}
		String call = method + " " + path.replaceFirst("\\?.*", "");
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(call, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new SandboxUnreachableException(call + " to " + this.baseUrl + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SandboxUnreachableException(call + " was interrupted", ex);
		}
	}

	/** A path segment, percent-encoded. */
	static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** An answer's body as a value of {@code type}. */
	static <T> T read(Answer answer, Class<T> type) {
		try {
			return JSON.readValue(answer.body(), type);
		}
		catch (JacksonException ex) {
			throw SandboxProblemException.unreadable(answer, ex);
		}
	}

	/** An answer's body as a value of a generic type. */
	static <T> T read(Answer answer, TypeReference<T> type) {
		try {
			return JSON.readValue(answer.body(), type);
		}
		catch (JacksonException ex) {
			throw SandboxProblemException.unreadable(answer, ex);
		}
	}

	/** An answer's body as a JSON tree, or {@code null} if it is not JSON. */
	static JsonNode tree(Answer answer) {
		try {
			return (answer.body() == null || answer.body().isBlank()) ? null : JSON.readTree(answer.body());
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
