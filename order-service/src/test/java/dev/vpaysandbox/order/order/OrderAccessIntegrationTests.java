package dev.vpaysandbox.order.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrderAccessIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	PurchaseOrderRepository repository;

	@Test
	void showsTheOwnerTheirOrderWithAmountsAndTimes() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		String outTradeNo = this.api.order(user, "shield", 2).path("outTradeNo").asString();

		TestApi.Response response = this.api.get("/api/orders/" + outTradeNo, user.token());

		assertThat(response.status()).isEqualTo(200);
		JsonNode order = response.json();
		assertThat(order.path("status").asString()).isEqualTo("CREATED");
		assertThat(order.path("unitPrice").asLong()).isEqualTo(299);
		assertThat(order.path("amount").asLong()).isEqualTo(598);
		assertThat(order.path("currency").asString()).isEqualTo("USD");
		assertThat(order.path("createdAt").asString()).isNotEmpty();
		assertThat(order.path("expiresAt").asString()).isNotEmpty();
	}

	@Test
	void hidesAnotherUsersOrderAsNotFound() {
		TestApi.User owner = this.api.login("demo-minigame", newUserId());
		TestApi.User other = this.api.login("demo-minigame", newUserId());
		String outTradeNo = this.api.order(owner, "sword", 1).path("outTradeNo").asString();

		TestApi.Response response = this.api.get("/api/orders/" + outTradeNo, other.token());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("type").asString()).endsWith("/order-not-found");
		assertThat(this.api.get("/api/orders/VPNOSUCHORDER0001", owner.token()).status()).isEqualTo(404);
	}

	@Test
	void hidesTheSameUsersOrderInAnotherApp() {
		String userId = newUserId();
		TestApi.User inGame = this.api.login("demo-minigame", userId);
		TestApi.User inProgram = this.api.login("demo-miniprogram", userId);
		String outTradeNo = this.api.order(inGame, "sword", 1).path("outTradeNo").asString();

		assertThat(this.api.get("/api/orders/" + outTradeNo, inProgram.token()).status()).isEqualTo(404);
	}

	@Test
	void refusesAnOrderWithoutASession() {
		TestApi.Response response = this.api.post("/api/orders", "{\"productId\":\"sword\",\"quantity\":1}", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("type").asString()).endsWith("/session-required");
	}

	@Test
	void refusesAnUnknownProduct() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/orders", "{\"productId\":\"bazooka\",\"quantity\":1}",
				user.token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/unknown-product");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101 })
	void refusesAQuantityOutsideTheProductsLimit(int quantity) {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		long before = this.repository.count();

		TestApi.Response response = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":" + quantity + "}", user.token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/invalid-quantity");
		assertThat(response.json().path("maxQuantity").asInt()).isEqualTo(100);
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"productId\":\"sword\",\"quantity\":1.5}",
			"{\"productId\":\"sword\",\"quantity\":\"2\"}", "{\"productId\":\"sword\",\"quantity\":99999999999}",
			"{\"productId\":\"sword\",\"quantity\":1,\"price\":1}", "{\"productId\":\"sword\"", "[1,2]", "" })
	void refusesMalformedOrdersAsProblems(String body) {
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/orders", body, user.token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("type").asString()).startsWith("https://vpay-sandbox.dev/problems/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"quantity\":1}", "{\"productId\":\"sword\"}",
			"{\"productId\":\"sword\",\"quantity\":1,\"platform\":\"windows\"}" })
	void refusesOrdersThatBreakTheRules(String body) {
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/orders", body, user.token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/invalid-request");
	}

	@Test
	void refusesAnOrderForAnotherAppThanTheSessions() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":1,\"appId\":\"demo-miniprogram\"}", user.token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/app-mismatch");
	}

	@Test
	void refusesAnAttachLongerThanTheSpecAllows() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":1,\"attach\":\"" + "a".repeat(1025) + "\"}", user.token());

		assertThat(response.status()).isEqualTo(400);
	}

}
