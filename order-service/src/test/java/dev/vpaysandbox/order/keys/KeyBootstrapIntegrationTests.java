package dev.vpaysandbox.order.keys;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.FakePlatform;
import dev.vpaysandbox.order.OrderServiceApplication;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts order-service while the platform's key exchange is down: the service starts
 * anyway, stays unready, keeps retrying, and becomes ready once the exchange answers.
 */
class KeyBootstrapIntegrationTests {

	private final FakePlatform platform = FakePlatform.start();

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.platform.stop();
	}

	@Test
	void staysUnreadyUntilTheKeyExchangeAnswersThenBecomesReady() {
		this.platform.openKeyExchange(false);
		this.app = OrderServiceApplication.builder()
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:key-bootstrap;DB_CLOSE_DELAY=-1",
					"--vpay.order.platform.base-url=" + this.platform.baseUrl(),
					"--vpay.order.keys.retry-initial=100ms", "--vpay.order.keys.retry-max=200ms",
					"--vpay.order.reconciliation.enabled=false");
		TestApi api = new TestApi("http://localhost:" + this.app.getEnvironment().getProperty("local.server.port"),
				this.platform);

		TestApi.Response unready = api.get("/actuator/health/readiness", null);
		assertThat(unready.status()).isEqualTo(503);
		assertThat(unready.json().path("components").path("appKeys").path("status").asString()).isEqualTo("DOWN");
		assertThat(unready.body()).contains("demo-minigame/0")
			.doesNotContain(this.platform.currentKey("demo-minigame", Env.PRODUCTION).reveal());
		assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.platform.received("/sandbox/keys/exchange").size() >= 3);

		this.platform.openKeyExchange(true);

		await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
		TestApi.User user = api.login("demo-minigame", "bootstrap-user");
		assertThat(api.order(user, "sword", 1).path("paySig").asString()).hasSize(64);
	}

}
