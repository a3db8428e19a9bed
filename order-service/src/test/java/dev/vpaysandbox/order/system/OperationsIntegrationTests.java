package dev.vpaysandbox.order.system;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void exportsOrdersByStatusAndNotificationsByOutcome() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		this.api.order(user, "sword", 1);
		this.api.notify("not json");

		String metrics = this.api.get("/actuator/prometheus", null).body();

		assertThat(metrics).contains("vpay_orders{status=\"CREATED\"}")
			.contains("vpay_orders{status=\"DELIVERED\"}")
			.contains("vpay_notifications_total{outcome=\"MALFORMED\"}")
			.contains("vpay_orders_placed_total{appId=\"demo-minigame\"}");
	}

	@Test
	void publishesTheOpenApiDocument() {
		TestApi.Response response = this.api.get("/v3/api-docs", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("paths").has("/api/orders")).isTrue();
		assertThat(response.json().path("paths").has("/notify/virtual-payment")).isTrue();
		assertThat(response.body()).doesNotContain("AuthenticatedUser");
	}

	@Test
	void allowsTheMocksPagesToCallTheApiFromTheirOrigin() {
		TestApi.Response preflight = preflight("http://localhost:8081");

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8081");
	}

	@Test
	void refusesOtherOrigins() {
		TestApi.Response preflight = preflight("http://evil.example");

		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void listsTheCatalogueOfTheDefaultAppWithServerPrices() {
		TestApi.Response response = this.api.get("/api/products", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("appId").asString()).isEqualTo("demo-minigame");
		assertThat(response.json().path("products").findValuesAsString("productId")).containsExactly("sword", "shield",
				"gem-pack");
		assertThat(response.json().path("products").findValues("price")).extracting((node) -> node.asLong())
			.containsExactly(199L, 299L, 999L);
		assertThat(this.api.get("/api/products?appId=demo-miniprogram", null).json().path("appId").asString())
			.isEqualTo("demo-miniprogram");
		assertThat(this.api.get("/api/products?appId=nope", null).status()).isEqualTo(400);
	}

	/** Regression: Tomcat's refusal of an unparsable query string was answered 500. */
	@Test
	void anUnparsableQueryStringIsAMalformedRequest() {
		for (String query : new String[] { "==", "&&&==&%25zz=%25zz", "appId=demo-minigame&==" }) {
			TestApi.Response response = this.api.get("/api/products?" + query, null);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.json().path("type").asString())
				.isEqualTo("https://vpay-sandbox.dev/problems/malformed-request");
		}
	}

	private TestApi.Response preflight(String origin) {
		return this.api.send(this.api.request("/api/orders", null)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

}
