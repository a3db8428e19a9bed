package dev.vpaysandbox.mock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + SuperappBackendMockApplication.CONFIG_NAME,
				"spring.datasource.url=jdbc:h2:mem:SuperappBackendMockApplicationIntegrationTests" })
class SuperappBackendMockApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${spring.application.name}")
	String applicationName;

	@Test
	void readsItsOwnConfigurationFile() {
		assertThat(this.applicationName).isEqualTo("superapp-backend-mock");
	}

	@Test
	void reportsReadiness() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

}
