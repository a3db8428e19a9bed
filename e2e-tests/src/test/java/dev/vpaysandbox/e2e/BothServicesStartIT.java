package dev.vpaysandbox.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

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
	void orderServiceComesBackOnTheSamePortWithItsDataAfterARestart() throws Exception {
		SandboxServices services = SandboxServices.shared();
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder placedBefore = player.placeOrder("shield", 1);
		String before = services.orderUrl();

		services.stopOrderService();
		services.startOrderService();

		assertThat(services.orderUrl()).isEqualTo(before);
		assertThat(readiness(services.orderUrl())).isEqualTo(200);
		assertThat(player.order(placedBefore.outTradeNo()).status()).isEqualTo("CREATED");
		assertThat(player.pay(placedBefore).httpStatus()).isEqualTo(200);
		PlacedOrder placedAfter = player.placeOrder("sword", 1);
		assertThat(player.pay(placedAfter).httpStatus()).isEqualTo(200);
		player.awaitDelivered(placedBefore);
		player.awaitDelivered(placedAfter);
		assertThat(player.inventory()).containsOnly(entry("shield", 1L), entry("sword", 1L));
	}

	private static int readiness(String baseUrl) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
