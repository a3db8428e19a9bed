package dev.vpaysandbox.order;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls order-service over real HTTP and reads every answer as JSON. */
public final class TestApi {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final FakePlatform platform;

	public TestApi(String baseUrl, FakePlatform platform) {
		this.baseUrl = baseUrl;
		this.platform = platform;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Response post(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/** Logs a new user in to an app through the platform's login code. */
	public User login(String appId, String userId) {
		String code = this.platform.login(appId, userId);
		Response response = post("/api/login", "{\"code\":\"" + code + "\",\"appId\":\"" + appId + "\"}", null);
		if (response.status() != 200) {
			throw new IllegalStateException("login failed: " + response.body());
		}
		return new User(appId, userId, response.json().path("token").asString(),
				response.json().path("openid").asString());
	}

	/** Creates an order and returns the answer, which must be a 201. */
	public JsonNode order(User user, String productId, int quantity) {
		Response response = post("/api/orders", "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}",
				user.token());
		if (response.status() != 201) {
			throw new IllegalStateException("order failed: " + response.body());
		}
		return response.json();
	}

	/** POSTs a body to the notification receiver. */
	public Response notify(String body) {
		return post("/notify/virtual-payment", body, null);
	}

	/**
	 * A logged-in user.
	 *
	 * @param appId the app
	 * @param userId the platform's user
	 * @param token the session token
	 * @param openid the openid
	 */
	public record User(String appId, String userId, String token, String openid) {
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param body the body text
	 * @param raw the JDK response, for headers
	 */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
