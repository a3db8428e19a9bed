package dev.vpaysandbox.order.demo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.system.OrderServiceProperties.Platform;
import dev.vpaysandbox.order.system.OrderServiceProperties.Web;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserMockUrlTests {

	private static final Platform PLATFORM = new Platform(URI.create("http://superapp-backend-mock:8081"),
			Duration.ofSeconds(1), Duration.ofSeconds(1));

	@Test
	void prefersTheConfiguredMockUrl() {
		Web web = new Web(DataSize.ofKilobytes(16), List.of(), URI.create("http://localhost:8081"));

		assertThat(web.browserMockUrl(PLATFORM)).isEqualTo(URI.create("http://localhost:8081"));
	}

	@Test
	void fallsBackToThePlatformsBaseUrl() {
		Web web = new Web(DataSize.ofKilobytes(16), List.of(), null);

		assertThat(web.browserMockUrl(PLATFORM)).isEqualTo(URI.create("http://superapp-backend-mock:8081"));
	}

}
