package dev.vpaysandbox.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;

class BothServicesStartIT {

	@Test
	void bothApplicationsRunSideBySideInOneJvmWithTheirOwnConfiguration() throws Exception {
		SandboxServices services = SandboxServices.shared();
		assertThat(services.mockContext().getEnvironment().getProperty("spring.application.name"))
			.isEqualTo("superapp-backend-mock");
		assertThat(services.orderContext().getEnvironment().getProperty("spring.application.name"))
			.isEqualTo("order-service");
		assertThat(readiness(services.mockUrl())).isEqualTo(200);
		assertThat(readiness(services.orderUrl())).isEqualTo(200);
	}

	@Test
	void orderServiceComesBackOnTheSamePortAfterARestart() throws Exception {
		SandboxServices services = SandboxServices.shared();
		String before = services.orderUrl();
		services.stopOrderService();
		services.startOrderService();
		assertThat(services.orderUrl()).isEqualTo(before);
		assertThat(readiness(services.orderUrl())).isEqualTo(200);
	}

	private static int readiness(String baseUrl) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
