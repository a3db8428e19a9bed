package dev.vpaysandbox.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.vpaysandbox.mock.SuperappBackendMockApplication;
import dev.vpaysandbox.order.OrderServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

class BothServicesStartIT {

	@Test
	void bothApplicationsRunSideBySideInOneJvm() throws Exception {
		try (ConfigurableApplicationContext mock = SuperappBackendMockApplication.builder()
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:e2e-mock");
				ConfigurableApplicationContext order = OrderServiceApplication.builder()
					.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:e2e-order",
							"--vpay.order.platform.base-url=http://localhost:" + port(mock),
							"--vpay.order.keys.retry-initial=100ms")) {
			assertThat(readiness(mock)).isEqualTo(200);
			// order-service is ready only once the mock's key exchange has answered
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> readiness(order) == 200);
			assertThat(mock.getEnvironment().getProperty("spring.application.name")).isEqualTo("superapp-backend-mock");
			assertThat(order.getEnvironment().getProperty("spring.application.name")).isEqualTo("order-service");
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int readiness(ConfigurableApplicationContext context) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(context) + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
