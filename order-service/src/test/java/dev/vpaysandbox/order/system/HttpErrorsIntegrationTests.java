package dev.vpaysandbox.order.system;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

class HttpErrorsIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void answersAnUnknownPathWithANotFoundProblem() {
		TestApi.Response response = this.api.get("/api/nothing-here", null);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("type").asString()).isEqualTo("https://vpay-sandbox.dev/problems/not-found");
	}

	@Test
	void answersAWrongMethodWithAProblem() {
		TestApi.Response response = this.api.send(this.api.request("/api/login", null).GET());

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.json().path("type").asString()).endsWith("/method-not-allowed");
	}

	@Test
	void answersAWrongContentTypeWithAProblem() {
		TestApi.Response response = this.api.send(this.api.request("/api/login", null)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("code=x")));

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().path("type").asString()).endsWith("/unsupported-media-type");
	}

	@Test
	void refusesABodyLargerThanTheLimit() {
		String huge = "{\"code\":\"" + "x".repeat(20_000) + "\"}";

		TestApi.Response response = this.api.post("/api/login", huge, null);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().path("type").asString()).endsWith("/request-too-large");
	}

	@Test
	void refusesAStreamedBodyLargerThanTheLimit() {
		byte[] huge = ("{\"code\":\"" + "x".repeat(20_000) + "\"}").getBytes();

		TestApi.Response response = this.api.send(this.api.request("/api/login", null)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));

		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void refusesALargeNotificationInTheProtocolsEnvelope() {
		TestApi.Response response = this.api.notify("{\"Payload\":\"" + "x".repeat(20_000) + "\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().path("returnCode").asString()).isEqualTo("413");
	}

	@Test
	void refusesAStreamedNotificationLargerThanTheLimitAsOneWithAContentLength() {
		byte[] huge = ("{\"Payload\":\"" + "x".repeat(20_000) + "\"}").getBytes();

		TestApi.Response declared = this.api.notify(new String(huge));
		// no length known in advance: the JDK client sends it chunked
		TestApi.Response streamed = this.api.send(this.api.request("/notify/virtual-payment", null)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));

		assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
		assertThat(streamed.header("Content-Type")).startsWith("application/json");
		assertThat(streamed.json().path("returnCode").asString()).isEqualTo("413");
		assertThat(streamed.json().path("returnMessage").asString())
			.isEqualTo(declared.json().path("returnMessage").asString());
	}

	@Test
	void answersAWrongMethodOnTheReceiverInItsOwnEnvelope() {
		TestApi.Response response = this.api.send(this.api.request("/notify/virtual-payment", null).GET());

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).isEqualTo("POST");
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().path("returnCode").asString()).isEqualTo("405");
		assertThat(response.json().has("type")).isFalse();
	}

	@Test
	void refusesATokenOfAbsurdLength() {
		assertThat(this.api.get("/api/inventory", "t".repeat(500)).status()).isEqualTo(401);
	}

}
