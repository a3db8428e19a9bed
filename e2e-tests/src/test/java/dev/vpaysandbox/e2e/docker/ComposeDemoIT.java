package dev.vpaysandbox.e2e.docker;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The docker-compose demo exactly as README starts it: Testcontainers builds the images
 * from {@code docker-compose.yml}, starts PostgreSQL, the mock and order-service, and a
 * front end buys through it. Needs Docker; skipped with a message without it.
 */
class ComposeDemoIT {

	private static final String MOCK = "superapp-backend-mock";

	private static final String ORDER = "order-service";

	@Test
	void aMiniGamePurchaseIsDeliveredInTheComposeDemo() {
		DockerEngine.assumeAvailable();
		try (ComposeContainer compose = composeDemo()) {
			compose.start();
			VpaySandbox platform = VpaySandbox.connect(url(compose, MOCK, 8081), VpaySandbox.DEFAULT_ADMIN_TOKEN);
			FrontEnd player = FrontEnd.at(platform, url(compose, ORDER, 8080), DemoApp.MINI_GAME).logIn();
			PlacedOrder order = player.placeOrder("sword", 1);

			JsApiResult paid = player.pay(order);

			assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
			assertThat(player.awaitDelivered(order).status()).isEqualTo("DELIVERED");
			assertThat(player.inventory()).containsExactly(entry("sword", 1L));
		}
	}

	private static ComposeContainer composeDemo() {
		return new ComposeContainer(new File("../docker-compose.yml")).withBuild(true)
			.withEnv("MOCK_PORT", String.valueOf(freePort()))
			.withEnv("ORDER_PORT", String.valueOf(freePort()))
			.withExposedService(MOCK, 8081,
					Wait.forHttp("/actuator/health/readiness")
						.forStatusCode(200)
						.withStartupTimeout(Duration.ofMinutes(15)))
			.withExposedService(ORDER, 8080,
					Wait.forHttp("/actuator/health/readiness")
						.forStatusCode(200)
						.withStartupTimeout(Duration.ofMinutes(5)))
			.withRemoveVolumes(true);
	}

	private static String url(ComposeContainer compose, String service, int port) {
		return "http://" + compose.getServiceHost(service, port) + ":" + compose.getServicePort(service, port);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port", ex);
		}
	}

}
