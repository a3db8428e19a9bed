package dev.vpaysandbox.e2e.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mini game in Chromium: signing in through the wx shim, buying at the
 * interactive cashier, and seeing the order delivered into the inventory.
 */
class DemoPageIT extends BrowserTest {

	@Test
	void paysAtTheInteractiveCashierAndTheItemArrivesInTheInventory() {
		String user = Purchases.newUser("payer");
		signIn(user, "demo-minigame", "");
		browser.click(By.cssSelector("button[data-buy='sword']"));
		browser.inCashier(() -> {
			browser.text(By.id("amount"), "USD 1.99");
			assertThat(browser.textOf(By.id("app"))).isEqualTo("demo-minigame");
			assertThat(browser.textOf(By.id("item"))).isEqualTo("sword");
			assertThat(browser.textOf(By.id("quantity"))).isEqualTo("1");
		});
		browser.screenshotForDocs("demo-cashier");
		browser.inCashier(() -> browser.click(By.id("pay")));

		String order = newestOrder();
		browser.text(By.cssSelector(order + " .payment-result"), "Paid: requestMidasPaymentGameItem:ok");
		browser.text(By.cssSelector(order + " .status"), "DELIVERED");
		browser.text(By.cssSelector("#inventory li[data-product-id='sword']"), "Sword × 1");
		assertThat(purchases.payment(outTradeNo(order)).get("status").stringValue()).isIn("PAID", "DELIVERING",
				"DELIVERED");
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("demo-delivered");
	}

	@Test
	void cancellingAtTheCashierShowsTheCancelResultAndDeliversNothing() {
		String user = Purchases.newUser("canceller");
		signIn(user, "demo-minigame", "");
		browser.click(By.cssSelector("button[data-buy='shield']"));
		browser.inCashier(() -> {
			browser.text(By.id("amount"), "USD 2.99");
			browser.click(By.id("cancel"));
		});

		String order = newestOrder();
		browser.text(By.cssSelector(order + " .payment-result"),
				"Cancelled: requestMidasPaymentGameItem:fail cancel (errCode -2)");
		assertThat(browser.textOf(By.cssSelector(order + " .status"))).isEqualTo("CREATED");
		JsonNode payment = purchases.payment(outTradeNo(order));
		assertThat(payment.get("status").stringValue()).isEqualTo("CLOSED");
		assertThat(payment.get("closeReason").stringValue()).isEqualTo("CANCELLED");
		assertThat(browser.textOf(By.id("inventory-empty"))).isEqualTo("Empty.");
		assertThat(browser.driver().findElements(By.cssSelector("#inventory li"))).isEmpty();
		assertThat(browser.driver().findElements(By.name("vpay-sandbox-cashier"))).isEmpty();
		browser.assertNoConsoleErrors();
		browser.screenshot("demo-cancelled");
	}

	@Test
	void aMiniProgramPaysAtOnceWhenTheCashierIsNotInteractive() {
		String user = Purchases.newUser("program");
		signIn(user, "demo-miniprogram", "&cashier=auto");
		browser.click(By.cssSelector("button[data-buy='gem-pack']"));

		String order = newestOrder();
		browser.text(By.cssSelector(order + " .payment-result"), "Paid: requestVirtualPayment:ok");
		browser.text(By.cssSelector(order + " .status"), "DELIVERED");
		browser.text(By.cssSelector("#inventory li[data-product-id='gem-pack']"), "Gem pack × 1");
		assertThat(((JavascriptExecutor) browser.driver()).executeScript("return wx.sandbox.lastPayment;")).isNull();
		browser.assertNoConsoleErrors();
		browser.screenshot("demo-mini-program");
	}

	private static void signIn(String user, String appId, String query) {
		browser.open(services.orderUrl() + "/?user=" + user + "&app=" + appId + query);
		browser.click(By.id("sign-in"));
		browser.text(By.id("session"), "Signed in as " + user + " to " + appId);
	}

	/** A CSS selector of the order just placed (the page lists the newest first). */
	private static String newestOrder() {
		return "#orders li[data-out-trade-no='" + browser.attribute(By.cssSelector("#orders li"), "data-out-trade-no")
				+ "']";
	}

	private static String outTradeNo(String orderSelector) {
		return browser.attribute(By.cssSelector(orderSelector), "data-out-trade-no");
	}

}
