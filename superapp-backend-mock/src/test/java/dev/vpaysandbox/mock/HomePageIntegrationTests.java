package dev.vpaysandbox.mock;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.MockHttp.Response;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock's home page links every page (the demo mini game on order-service, the
 * inspector, its signature debugger, OpenAPI, the {@code wx} shim), each of its own links
 * answers, and it says how a purchase reaches the cashier and where the admin token comes
 * from.
 */
class HomePageIntegrationTests extends MockIntegrationTest {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@Test
	void linksEveryPageAndEveryLinkOfItsOwnAnswers() {
		MockHttp http = new MockHttp(this.port);
		Response home = http.get("/", "Accept", "text/html");
		assertThat(home.status()).isEqualTo(200);
		List<String> links = HREF.matcher(home.body()).results().map((match) -> match.group(1)).toList();

		assertThat(links).contains("http://localhost:8080/", "/inspector.html", "/inspector.html#debugger",
				"/swagger-ui.html", "/v3/api-docs", "/wx.js");
		for (String link : links) {
			if (link.startsWith("/") && !link.startsWith("/sandbox.css")) {
				assertThat(http.get(link.replaceFirst("#.*", "")).status()).as(link).isBetween(200, 399);
			}
			else if (link.startsWith("#")) {
				assertThat(home.body()).as(link).contains("id=\"" + link.substring(1) + "\"");
			}
		}
		assertThat(http.get("/inspector.html").body()).contains("id=\"debugger\"");
	}

	@Test
	void saysHowAPurchaseReachesTheCashierAndWhereTheAdminTokenComesFrom() {
		String home = new MockHttp(this.port).get("/").body();

		assertThat(home).contains("How a purchase reaches the cashier", "X-Sandbox-Cashier: pending",
				"/sandbox/cashier/&lt;paymentId&gt;", "vpay.mock.admin-token", "sandbox-admin-token");
		assertThat(new MockHttp(this.port).get("/inspector.html").body()).contains("vpay.mock.admin-token",
				"VPAY_MOCK_ADMIN_TOKEN", "prints when it starts");
	}

	@Test
	void tellsTheHomePageWhereOrderServiceServesTheDemoMiniGame() {
		Response config = new MockHttp(this.port).get("/config.js");

		assertThat(config.status()).isEqualTo(200);
		assertThat(config.header("Content-Type")).startsWith("text/javascript");
		assertThat(config.body()).isEqualTo("window.VPAY_MOCK_CONFIG = {\"demoUrl\":\"http://localhost:8080/\"};\n");
	}

}
