package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

class SuperappBackendMockApplicationIntegrationTests extends MockIntegrationTest {

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
