package dev.vpaysandbox.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link VpaySandbox}: its base URL, admin token, HTTP client and timeout.
 */
public final class VpaySandboxBuilder {

	private URI baseUrl;

	private String adminToken = VpaySandbox.DEFAULT_ADMIN_TOKEN;

	private HttpClient httpClient;

	private Duration timeout = Duration.ofSeconds(30);

	VpaySandboxBuilder() {
	}

	/** The sandbox's base URL. */
	public VpaySandboxBuilder baseUrl(URI baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/** The admin token (default {@value VpaySandbox#DEFAULT_ADMIN_TOKEN}). */
	public VpaySandboxBuilder adminToken(String adminToken) {
		this.adminToken = adminToken;
		return this;
	}

	/** The HTTP client to send with (default: a new one, HTTP/1.1). */
	public VpaySandboxBuilder httpClient(HttpClient httpClient) {
		this.httpClient = httpClient;
		return this;
	}

	/** How long one call may take (default 30 s; advancing the clock: 5 min). */
	public VpaySandboxBuilder timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/** The client. */
	public VpaySandbox build() {
		Objects.requireNonNull(this.baseUrl, "baseUrl");
		Objects.requireNonNull(this.adminToken, "adminToken");
		HttpClient client = (this.httpClient != null) ? this.httpClient
				: HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(5))
					.build();
		return new VpaySandbox(new SandboxHttp(this.baseUrl, this.adminToken, client, this.timeout));
	}

}
