package dev.vpaysandbox.e2e.browser;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wx shim called from a page of another origin (order-service's), the way a team's
 * own front-end code calls it: the real JS API's argument objects, callbacks and
 * Promises, and the protocol's reply bodies (docs/protocol.md#the-js-payment-apis).
 */
class WxShimIT extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void longerScriptTimeout() {
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
	}

	@Test
	void answersWithTheSpecsReplyBodiesThroughCallbacksAndPromises() {
		FrontEnd player = newPlayer();
		String user = player.userId();
		PlacedOrder order = player.placeOrder("sword", 1);
		browser.open(services.orderUrl() + "/");
		browser.find(By.cssSelector("button[data-buy='sword']"));
		run("wx.sandbox.configure({appId: 'demo-minigame', userId: arguments[0], cashier: 'auto'}); done('');", user);

		JsonNode refused = JSON.readTree(
				run("""
						var calls = [];
						wx.requestMidasPaymentGameItem({signData: arguments[0] + ' ', paySig: arguments[1], signature: arguments[2],
							success: function (res) { calls.push({callback: 'success', res: res}); },
							fail: function (res) { calls.push({callback: 'fail', res: res}); },
							complete: function (res) { calls.push({callback: 'complete', res: res}); done(JSON.stringify(calls)); }});
						""",
						order.signData(), order.paySig(), order.signature()));
		assertThat(refused.findValuesAsString("callback")).containsExactly("fail", "complete");
		assertThat(refused.get(0).get("res").get("errMsg").stringValue())
			.isEqualTo("requestMidasPaymentGameItem:fail paySig error");
		assertThat(refused.get(0).get("res").get("errCode").intValue()).isEqualTo(-15006);
		assertThat(refused.get(0).get("res").get("diagnosis").get("check").stringValue()).isEqualTo("paySig");
		// the browser logs the refusal's HTTP 401 itself; nothing else may be logged
		browser.forgetConsole();

		String paid = run(
				"""
						wx.requestMidasPaymentGameItem({signData: arguments[0], paySig: arguments[1], signature: arguments[2]})
							.then(function (res) { done(JSON.stringify(res)); }, function (res) { done('rejected ' + JSON.stringify(res)); });
						""",
				order.signData(), order.paySig(), order.signature());
		assertThat(paid).isEqualTo("{\"errMsg\":\"requestMidasPaymentGameItem:ok\"}");

		String login = run("""
				wx.sandbox.setUser(null);
				wx.login().then(function (res) { done('resolved'); }, function (res) { done(JSON.stringify(res)); });
				""");
		assertThat(login).isEqualTo(
				"{\"errMsg\":\"login:fail sandbox: no user signed in to the host app; call wx.sandbox.setUser(...)\"}");
		browser.assertNoConsoleErrors();
		browser.screenshot("wx-shim");
	}

	/** Runs a script that ends by calling {@code done(text)}, and returns the text. */
	private static String run(String script, Object... arguments) {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeAsyncScript("var done = arguments[arguments.length - 1];\n" + script, arguments);
	}

}
