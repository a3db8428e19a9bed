package dev.vpaysandbox.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
					.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:e2e-order")) {
			assertThat(readiness(mock)).isEqualTo(200);
			assertThat(readiness(order)).isEqualTo(200);
			assertThat(mock.getEnvironment().getProperty("spring.application.name")).isEqualTo("superapp-backend-mock");
			assertThat(order.getEnvironment().getProperty("spring.application.name")).isEqualTo("order-service");
		}
	}

	private static int readiness(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
