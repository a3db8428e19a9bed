package dev.vpaysandbox.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key exchange tells an app's backend what the platform accepts: the current key and,
 * only while the platform still accepts it, the previous key with the end of its grace
 * window. Rotation and exchange refuse numbers that are not integers.
 */
class KeyExchangeIntegrationTests extends MockIntegrationTest {

	@Test
	void namesThePreviousKeyAndUntilWhenItIsAcceptedAfterARotation() {
		String appId = this.sandbox.newMiniGame();
		String before = exchange(appId, 0).get("appKey").stringValue();

		JsonNode rotation = rotate(appId, "{\"env\":0,\"graceSeconds\":3600}").json();
		JsonNode exchanged = exchange(appId, 0);

		assertThat(exchanged.get("version").intValue()).isEqualTo(2);
		assertThat(exchanged.get("appKey").stringValue()).isNotEqualTo(before);
		JsonNode previous = exchanged.get("previous");
		assertThat(previous.get("version").intValue()).isEqualTo(1);
		assertThat(previous.get("appKey").stringValue()).isEqualTo(before);
		assertThat(Instant.parse(previous.get("acceptedUntil").stringValue()))
			.isEqualTo(Instant.parse(rotation.get("previousAcceptedUntil").stringValue()));
		assertThat(exchange(appId, 1).get("previous").isNull()).as("env 1 did not rotate").isTrue();
		assertThat(this.sandbox.admin("GET", "/sandbox/journal?appId=" + appId, null).body())
			.as("the journal masks both keys")
			.contains("/sandbox/keys/exchange", "\"previous\"")
			.doesNotContain(before, exchanged.get("appKey").stringValue());
	}

	@Test
	void namesNoPreviousKeyOnceThePlatformNoLongerAcceptsIt() {
		String revokedApp = this.sandbox.newMiniGame();
		rotate(revokedApp, "{\"env\":0,\"graceSeconds\":0}");
		String graceApp = this.sandbox.newMiniGame();
		rotate(graceApp, "{\"env\":0,\"graceSeconds\":60}");
		assertThat(exchange(graceApp, 0).get("previous").isObject()).isTrue();

		this.clock.advance(Duration.ofSeconds(60));

		assertThat(exchange(revokedApp, 0).get("previous").isNull()).isTrue();
		assertThat(exchange(revokedApp, 0).get("version").intValue()).isEqualTo(2);
		assertThat(exchange(graceApp, 0).get("previous").isNull()).isTrue();
	}

	@Test
	void refusesAnEnvThatIsNotAnInteger() {
		for (String env : new String[] { "\"1\"", "1.5", "1.0", "true" }) {
			Response response = this.sandbox.http.post("/sandbox/keys/exchange",
					"{\"appId\":\"demo-minigame\",\"appSecret\":\"demo-minigame-secret\",\"env\":" + env + "}");
			assertThat(response.status()).as(env + ": " + response).isEqualTo(400);
			assertThat(response.body()).doesNotContain("appKey");
		}
	}

	@Test
	void refusesAGraceOrEnvThatIsNotAnIntegerAndRotatesNothing() {
		String appId = this.sandbox.newMiniGame();
		for (String body : new String[] { "{\"env\":0,\"graceSeconds\":\"5\"}", "{\"env\":0,\"graceSeconds\":1.5}",
				"{\"env\":\"0\",\"graceSeconds\":5}", "{\"env\":0.0}" }) {
			Response response = rotate(appId, body);
			assertThat(response.status()).as(body + ": " + response).isEqualTo(400);
		}
		assertThat(exchange(appId, 0).get("version").intValue()).isEqualTo(1);
	}

	private Response rotate(String appId, String body) {
		return this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/keys/rotate", body);
	}

	private JsonNode exchange(String appId, int env) {
		Response response = this.sandbox.http.postJson("/sandbox/keys/exchange",
				Map.of("appId", appId, "appSecret", Sandbox.secret(appId), "env", env));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
