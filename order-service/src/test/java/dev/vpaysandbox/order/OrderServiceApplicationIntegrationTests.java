package dev.vpaysandbox.order;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

class OrderServiceApplicationIntegrationTests extends OrderServiceIntegrationTest {

	@Value("${spring.application.name}")
	String applicationName;

	@Test
	void readsItsOwnConfigurationFile() {
		assertThat(this.applicationName).isEqualTo("order-service");
	}

	@Test
	void isReadyOnceTheKeysOfEveryAppAndEnvAreKnown() {
		TestApi.Response readiness = this.api.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().path("components").path("appKeys").path("status").asString()).isEqualTo("UP");
	}

}
