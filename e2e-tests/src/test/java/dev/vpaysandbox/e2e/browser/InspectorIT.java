package dev.vpaysandbox.e2e.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.NewApp;
import dev.vpaysandbox.client.NewItem;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock's inspector in Chromium: behind the admin token, showing payments as they
 * happen, and explaining signatures without revealing a key.
 */
class InspectorIT extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void showsANewPaymentWithoutAReloadWithItsVerdictItsNotificationAttemptAndItsRequests() {
		openInspector("sandbox-admin-token");
		browser.text(By.id("payments-updated"), "updated");
		FrontEnd player = newPlayer();
		String user = player.userId();
		PlacedOrder order = player.placeOrder("sword", 1);
		JsApiResult paid = player.pay(order);
		String outTradeNo = order.outTradeNo();
		String paymentId = paid.paymentId();

		By row = By.cssSelector("#payments-rows tr[data-out-trade-no='" + outTradeNo + "']");
		assertThat(browser.textOf(row)).contains(paymentId, "demo-minigame", "sword × 1", "USD 1.99");
		browser.click(By.cssSelector("#payments-rows tr[data-out-trade-no='" + outTradeNo + "'] button"));
		browser.text(By.id("payment-detail-heading"), paymentId);
		assertThat(browser.textOf(By.id("payment-facts"))).contains(outTradeNo, user, "demo-minigame · env 0");
		browser.text(By.id("payment-check"), "accepted (errCode 0)");

		// order-service acknowledged the delivery notification: the attempt shows its
		// status,
		// latency and answer, and the payment turns DELIVERED without a reload
		By acknowledged = By.cssSelector("#payment-notifications tr[data-attempt='1'][data-outcome='ACKNOWLEDGED']");
		String attempt = browser.textOf(acknowledged);
		assertThat(attempt).contains("SCHEDULED", "ACKNOWLEDGED", "\"returnCode\":\"0\"");
		assertThat(browser.textOf(By.cssSelector("#payment-notifications tr[data-attempt='1'] .http-status")))
			.isEqualTo("200");
		assertThat(browser.textOf(By.cssSelector("#payment-notifications tr[data-attempt='1'] .latency")))
			.matches("\\d+ ms");
		assertThat(browser.text(By.id("payment-notifications"), "ACKED")).contains("1 attempt");
		browser.text(By.id("payment-facts"), "DELIVERED");

		// the journal, narrowed to this purchase, shows the payment call the front end
		// made
		browser.click(By.xpath("//button[text()='Show its requests in the journal']"));
		By call = By
			.cssSelector("#journal-rows tr[data-path='/sandbox/wx/requestMidasPaymentGameItem'][data-out-trade-no='"
					+ outTradeNo + "']");
		assertThat(browser.textOf(call)).contains("POST /sandbox/wx/requestMidasPaymentGameItem", "demo-minigame",
				"200");
		assertThat(browser.driver().findElement(By.id("journal-out-trade-no")).getDomProperty("value"))
			.isEqualTo(outTradeNo);
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("inspector");
		browser.screenshotForDocs("inspector-notification", By.id("payment-detail"));
		browser.screenshotForDocs("inspector-journal", By.id("journal"));
	}

	@Test
	void listsNotificationsRedeliversOneByHandAndShowsTheScenariosInForce() {
		String appId = "chaos-" + UUID.randomUUID().toString().substring(0, 8);
		sandbox.apps()
			.create(NewApp.miniGame(appId, "inspector-secret", services.orderUrl() + "/notify/virtual-payment"));
		sandbox.items().add(appId, NewItem.of("gem", 99, "USD"));
		sandbox.scenarios().setForApp(appId, "duplicate=1@30%, delay=10s@30%", 42L);
		sandbox.scenarios().setForItem(appId, "gem", "corrupt-sig=1", null);
		try {
			FrontEnd player = newPlayer();
			PlacedOrder order = player.placeOrder("sword", 1);
			player.pay(order);
			String outTradeNo = order.outTradeNo();
			openInspector("sandbox-admin-token");

			By listed = By.cssSelector("#notifications-rows tr[data-out-trade-no='" + outTradeNo + "']");
			assertThat(browser.text(listed, "ACKED")).contains("demo-minigame", "1 · last HTTP 200 in");
			browser.click(
					By.cssSelector("#notifications-rows tr[data-out-trade-no='" + outTradeNo + "'] button.redeliver"));
			browser.text(
					By.cssSelector("#notifications-rows tr[data-out-trade-no='" + outTradeNo + "'] .redeliver-message"),
					"Redelivery queued");
			// one more attempt, made by hand, which order-service acknowledges as a
			// duplicate
			browser.waitUntil((driver) -> {
				String text = driver.findElement(listed).getText();
				return text.contains("ACKED") && text.contains("2 · last HTTP 200 in");
			});
			browser.click(By
				.cssSelector("#notifications-rows tr[data-out-trade-no='" + outTradeNo + "'] button.show-attempts"));
			assertThat(browser.textOf(By.cssSelector("#notifications-rows tr[data-out-trade-no='" + outTradeNo
					+ "'] + tr.attempts-row tr[data-attempt='2']")))
				.contains("MANUAL", "ACKNOWLEDGED", "200");

			By appScenario = By.cssSelector("#scenarios-rows tr[data-app-id='" + appId + "'][data-product-id='']");
			assertThat(browser.textOf(appScenario)).contains("duplicate=1 for 30% of payments",
					"delay=10s for 30% of payments", "42",
					"X-Sandbox-Scenario: duplicate=1@30%, delay=10s@30%, seed=42");
			By itemScenario = By.cssSelector("#scenarios-rows tr[data-app-id='" + appId + "'][data-product-id='gem']");
			assertThat(browser.textOf(itemScenario)).contains("gem", "corrupt-sig=1 for every payment", "notification");
			browser.click(By.cssSelector("#fault-catalogue summary"));
			assertThat(browser.textOf(By.cssSelector("#faults-rows tr[data-fault='corrupt-sig']")))
				.contains("PayEventSig", "401");
			browser.assertNoConsoleErrors();
			browser.screenshotForDocs("inspector-notifications", By.id("notifications"));
			browser.screenshotForDocs("inspector-scenarios", By.id("scenarios"));
		}
		finally {
			sandbox.scenarios().clearForItem(appId, "gem");
			sandbox.scenarios().clearForApp(appId);
		}
	}

	@Test
	void theSignatureDebuggerExplainsAReserializedSignDataWithoutShowingTheKey() {
		PlacedOrder order = newPlayer().placeOrder("sword", 1);
		String reserialized = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(order.signData()));
		// the mock's home page links the debugger as /inspector.html#debugger: after the
		// token it is in view
		openInspector("sandbox-admin-token", "/inspector.html#debugger");
		browser.waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#dbg-app option"), 0));
		browser.waitUntil((driver) -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("var top = document.getElementById('debugger').getBoundingClientRect().top;"
					+ " return top > -5 && top < window.innerHeight / 2;"));

		explain(reserialized, order.paySig());
		assertThat(browser.textOf(By.cssSelector("#debugger-answer[data-valid='false']"))).contains(
				"paySig does not verify (appKey env 0) with the app's own key", "MISMATCH", "WHITESPACE",
				"RESERIALIZED", "sign the exact text you send");
		assertThat(browser.driver().getPageSource())
			.doesNotContain(DemoApp.MINI_GAME.appKey(sandbox, Env.PRODUCTION).reveal());
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("signature-debugger", By.id("debugger"));

		explain(order.signData(), order.paySig());
		assertThat(browser.textOf(By.cssSelector("#debugger-answer[data-valid='true']")))
			.contains("paySig verifies with appKey env 0 version");
	}

	@Test
	void showsTheTestClocksOffsetWhileTheClockIsMovedAhead() {
		openInspector("sandbox-admin-token");
		browser.text(By.id("payments-updated"), "updated");
		assertThat(browser.driver().findElement(By.id("clock-offset")).isDisplayed()).as("at offset zero").isFalse();

		sandbox.clock().advance(Duration.ofMinutes(90));
		try {
			assertThat(browser.text(By.id("clock-offset"), "test clock")).isEqualTo("test clock +1 h 30 min");
		}
		finally {
			sandbox.clock().reset();
		}
		browser.waitUntil((driver) -> !driver.findElement(By.id("clock-offset")).isDisplayed());
		browser.assertNoConsoleErrors();
	}

	@Test
	void asksForTheAdminTokenAndRefusesAWrongOne() {
		openInspector("not-the-token");
		browser.text(By.id("login-error"), "The admin token was refused.");
		assertThat(browser.find(By.id("login")).isDisplayed()).isTrue();
		assertThat(browser.textOf(By.id("token-source"))).as("where the token comes from")
			.contains("vpay.mock.admin-token", "VPAY_MOCK_ADMIN_TOKEN", "sandbox-admin-token", "./sandbox");
		assertThat(browser.driver().findElement(By.id("panes")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.id("pane-nav")).isDisplayed()).isFalse();
		browser.screenshot("inspector-token-refused");
	}

	private static void openInspector(String token) {
		openInspector(token, "/inspector.html");
	}

	private static void openInspector(String token, String path) {
		// forget the token of an earlier test before the inspector polls with it, on the
		// home page (its icon is inline): a JSON page makes Chromium ask for
		// /favicon.ico, and that 404 can reach the console after it was cleared
		browser.open(services.mockUrl() + "/");
		((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear();");
		browser.forgetConsole();
		browser.open(services.mockUrl() + path);
		browser.find(By.id("token")).sendKeys(token);
		browser.click(By.cssSelector("#login-form button[type='submit']"));
	}

	private static void explain(String signData, String hex) {
		WebElement text = browser.find(By.id("dbg-sign-data"));
		text.clear();
		text.sendKeys(signData);
		WebElement signature = browser.find(By.id("dbg-hex"));
		signature.clear();
		signature.sendKeys(hex);
		new Select(browser.find(By.id("dbg-app"))).selectByValue("demo-minigame");
		String before = currentAnswer();
		browser.click(By.cssSelector("#debugger-form button[type='submit']"));
		browser.waitUntil((driver) -> !currentAnswer().equals(before) && !currentAnswer().contains("Verifying"));
	}

	private static String currentAnswer() {
		return browser.driver().findElement(By.id("debugger-result")).getText();
	}

}
