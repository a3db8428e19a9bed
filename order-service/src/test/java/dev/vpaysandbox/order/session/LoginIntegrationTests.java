package dev.vpaysandbox.order.session;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void logsInWithACodeAndNeverReturnsTheSessionKey() {
		String userId = newUserId();
		String code = platform.login("demo-minigame", userId);

		TestApi.Response response = this.api.post("/api/login", "{\"code\":\"" + code + "\"}", null);

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.path("openid").asString()).isEqualTo(platform.openid("demo-minigame", userId));
		assertThat(body.path("token").asString()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Instant.parse(body.path("expiresAt").asString())).isAfter(this.clock.instant());
		assertThat(response.body()).doesNotContain(platform.sessionKey("demo-minigame", userId).reveal())
			.doesNotContain("session_key")
			.doesNotContain("sessionKey");
	}

	@Test
	void logsInToTheAppTheRequestNames() {
		String userId = newUserId();
		TestApi.User user = this.api.login("demo-miniprogram", userId);

		assertThat(user.openid()).isEqualTo(platform.openid("demo-miniprogram", userId));
		assertThat(this.api.get("/api/inventory", user.token()).json().path("appId").asString())
			.isEqualTo("demo-miniprogram");
	}

	@Test
	void refusesAnUnknownCodeNamingThePlatformsErrorCode() {
		TestApi.Response response = this.api.post("/api/login", "{\"code\":\"never-issued\"}", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("type").asString())
			.isEqualTo("https://vpay-sandbox.dev/problems/invalid-login-code");
		assertThat(response.json().path("platformErrcode").asInt()).isEqualTo(40029);
	}

	@Test
	void refusesACodeUsedTwice() {
		String code = platform.login("demo-minigame", newUserId());
		assertThat(this.api.post("/api/login", "{\"code\":\"" + code + "\"}", null).status()).isEqualTo(200);

		TestApi.Response second = this.api.post("/api/login", "{\"code\":\"" + code + "\"}", null);

		assertThat(second.status()).isEqualTo(400);
		assertThat(second.json().path("platformErrcode").asInt()).isEqualTo(40029);
	}

	@Test
	void refusesAnAppThisBackendDoesNotSellFor() {
		String code = platform.login("demo-minigame", newUserId());

		TestApi.Response response = this.api.post("/api/login",
				"{\"code\":\"" + code + "\",\"appId\":\"someone-else\"}", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/unknown-app");
	}

	@Test
	void refusesALoginWithoutACode() {
		TestApi.Response response = this.api.post("/api/login", "{\"appId\":\"demo-minigame\"}", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/invalid-request");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
	}

	@Test
	void refusesAnExpiredSession() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		assertThat(this.api.get("/api/inventory", user.token()).status()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(2).plusSeconds(1));

		TestApi.Response response = this.api.get("/api/inventory", user.token());
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.json().path("type").asString()).endsWith("/session-required");
	}

	@Test
	void refusesMissingAndUnknownTokens() {
		assertThat(this.api.get("/api/inventory", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/inventory", "not-a-token").status()).isEqualTo(401);
		assertThat(this.api.send(this.api.request("/api/inventory", null).header("Authorization", "Basic eDp5").GET())
			.status()).isEqualTo(401);
	}

}
