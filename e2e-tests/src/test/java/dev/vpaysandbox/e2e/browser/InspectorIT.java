package dev.vpaysandbox.e2e.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.e2e.support.SandboxServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock's inspector in Chromium: behind the admin token, showing payments as they
 * happen, and explaining signatures without revealing a key.
 */
class InspectorIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Browser browser;

	private static SandboxServices services;

	private static Purchases purchases;

	@BeforeAll
	static void start() {
		browser = Chromium.start();
		services = SandboxServices.shared();
		purchases = new Purchases(services);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@AfterEach
	void blankPage() {
		browser.reset();
	}

	@Test
	void showsANewPaymentWithoutAReloadAndItsPreOrderVerdict() {
		openInspector("sandbox-admin-token");
		browser.text(By.id("payments-updated"), "updated");
		String user = Purchases.newUser("inspected");
		JsonNode order = purchases.signedOrder(user);
		purchases.pay(user, order);
		String outTradeNo = order.get("outTradeNo").stringValue();
		String paymentId = purchases.payment(outTradeNo).get("paymentId").stringValue();

		By row = By.cssSelector("#payments-rows tr[data-out-trade-no='" + outTradeNo + "']");
		assertThat(browser.textOf(row)).contains(paymentId, "demo-minigame", "sword × 1", "USD 1.99");
		browser.click(By.cssSelector("#payments-rows tr[data-out-trade-no='" + outTradeNo + "'] button"));
		browser.text(By.id("payment-detail-heading"), paymentId);
		assertThat(browser.textOf(By.id("payment-facts"))).contains(outTradeNo, user, "demo-minigame · env 0");
		browser.text(By.id("payment-check"), "accepted (errCode 0)");
		assertThat(browser.textOf(By.cssSelector("[data-slot='payment-notifications']")))
			.contains("Not in this build yet");
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("inspector");
	}

	@Test
	void theSignatureDebuggerExplainsAReserializedSignDataWithoutShowingTheKey() {
		String user = Purchases.newUser("debugged");
		JsonNode order = purchases.signedOrder(user);
		String reserialized = JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(JSON.readTree(order.get("signData").stringValue()));
		openInspector("sandbox-admin-token");
		browser.waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#dbg-app option"), 0));

		explain(reserialized, order.get("paySig").stringValue());
		assertThat(browser.textOf(By.cssSelector("#debugger-answer[data-valid='false']"))).contains(
				"paySig does not verify (appKey env 0) with the app's own key", "MISMATCH", "WHITESPACE",
				"RESERIALIZED", "sign the exact text you send");
		assertThat(browser.driver().getPageSource()).doesNotContain(purchases.appKey());
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("signature-debugger", By.id("debugger"));

		explain(order.get("signData").stringValue(), order.get("paySig").stringValue());
		assertThat(browser.textOf(By.cssSelector("#debugger-answer[data-valid='true']")))
			.contains("paySig verifies with appKey env 0 version");
	}

	@Test
	void asksForTheAdminTokenAndRefusesAWrongOne() {
		openInspector("not-the-token");
		browser.text(By.id("login-error"), "The admin token was refused.");
		assertThat(browser.find(By.id("login")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.id("panes")).isDisplayed()).isFalse();
		browser.screenshot("inspector-token-refused");
	}

	private static void openInspector(String token) {
		// forget the token of an earlier test before the inspector starts polling with it
		browser.open(services.mockUrl() + "/actuator/health");
		((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear();");
		browser.forgetConsole();
		browser.open(services.mockUrl() + "/inspector.html");
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
