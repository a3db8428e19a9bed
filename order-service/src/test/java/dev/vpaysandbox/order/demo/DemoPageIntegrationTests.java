package dev.vpaysandbox.order.demo;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo mini game's front end: its page at / and the settings it reads. */
class DemoPageIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void servesTheDemoPageAtTheRoot() {
		TestApi.Response page = this.api.get("/", null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<script src=\"config.js\"></script>", "<script src=\"demo.js\"></script>");
		assertThat(this.api.get("/demo.js", null).body()).contains("'/api/orders'", "wx[order.method](options)");
	}

	@Test
	void toldTheBrowserWhereTheMockIsWhichWithoutAMockUrlIsThePlatformsBaseUrl() {
		TestApi.Response config = this.api.get("/config.js", null);

		assertThat(config.status()).isEqualTo(200);
		assertThat(config.header("Content-Type")).startsWith("text/javascript");
		assertThat(config.body()).startsWith("window.VPAY_DEMO_CONFIG = {")
			.contains("\"mockUrl\":\"" + platform.baseUrl().replaceAll("/+$", "") + "\"")
			.contains("{\"appId\":\"demo-minigame\",\"type\":\"mini-game\"}")
			.contains("{\"appId\":\"demo-miniprogram\",\"type\":\"mini-program\"}")
			.doesNotContain("secret");
	}

}
