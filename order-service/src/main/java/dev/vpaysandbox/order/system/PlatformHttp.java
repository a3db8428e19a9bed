package dev.vpaysandbox.order.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP connection to the platform (superapp-backend-mock): sends exact bodies, reads
 * every answer as JSON whatever its status, and turns I/O failures, 5xx answers and
 * non-JSON answers into {@link PlatformUnavailableException}. Exceptions never carry the
 * request URL, whose query holds the access_token.
 */
@Component
public class PlatformHttp {

	private static final int MAX_ANSWER_BYTES = 64 * 1024;

	private final RestClient client;

	private final URI baseUrl;

	private final JsonMapper json = JsonMapper.builder().build();

	PlatformHttp(RestClient.Builder builder, OrderServiceProperties properties) {
		OrderServiceProperties.Platform platform = properties.platform();
		this.baseUrl = platform.baseUrl();
		this.client = builder.clone()
			.baseUrl(platform.baseUrl().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withTimeouts(platform.connectTimeout(), platform.readTimeout())))
			.build();
	}

	/**
	 * GETs a protocol path.
	 * @param uriTemplate path and query template, e.g. {@code /a?b={b}}; metrics see only
	 * the template
	 * @param variables the template's values
	 */
	public Answer get(String uriTemplate, Map<String, ?> variables) {
		return exchange(this.client.get().uri(uriTemplate, variables));
	}

	/** POSTs an exact JSON body to a protocol path. */
	public Answer post(String uriTemplate, Map<String, ?> variables, String jsonBody) {
		return exchange(
				this.client.post().uri(uriTemplate, variables).contentType(MediaType.APPLICATION_JSON).body(jsonBody));
	}

	/** Serializes a request body once; the caller signs and sends exactly this text. */
	public String write(Object body) {
		return this.json.writeValueAsString(body);
	}

	private Answer exchange(RestClient.RequestHeadersSpec<?> request) {
		try {
			return request.exchange((req, response) -> {
				int status = response.getStatusCode().value();
				if (status >= 500) {
					throw new PlatformUnavailableException("the platform at " + this.baseUrl + " answered " + status);
				}
				return new Answer(status, read(response.getBody()));
			});
		}
		catch (ResourceAccessException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new PlatformUnavailableException(
					"cannot reach the platform at " + this.baseUrl + " (" + cause.getClass().getSimpleName() + ")");
		}
		catch (RestClientException ex) {
			throw new PlatformUnavailableException(
					"the platform at " + this.baseUrl + " failed the exchange (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private JsonNode read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
		if (bytes.length > MAX_ANSWER_BYTES) {
			throw new PlatformUnavailableException("the platform at " + this.baseUrl + " answered too much");
		}
		try {
			JsonNode node = this.json.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw new PlatformUnavailableException(
						"the platform at " + this.baseUrl + " answered something other than a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new PlatformUnavailableException("the platform at " + this.baseUrl + " answered invalid JSON");
		}
	}

	/**
	 * One answer of the platform.
	 *
	 * @param status the HTTP status (below 500)
	 * @param body the JSON object answered
	 */
	public record Answer(int status, JsonNode body) {

		/** The protocol error code, 0 on success or when absent. */
		public int errcode() {
			return this.body.path("errcode").asInt(0);
		}

		/** The protocol error message, or empty. */
		public String errmsg() {
			return this.body.path("errmsg").asString("");
		}

		/** A text member, or {@code null} when absent or not a string. */
		public String text(String name) {
			JsonNode node = this.body.get(name);
			return (node != null && node.isString()) ? node.stringValue() : null;
		}

	}

}
