package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@MockIntegrationTest
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
	void reportsLivenessAndReadiness() {
		MockHttp http = new MockHttp(this.port);
		assertThat(http.get("/actuator/health/readiness").body()).contains("\"UP\"");
		assertThat(http.get("/actuator/health/liveness").body()).contains("\"UP\"");
	}

}
