package dev.vpaysandbox.e2e.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import dev.vpaysandbox.client.CloseReason;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mini game in Chromium: signing in through the wx shim, buying at the
 * interactive cashier, and seeing the order delivered into the inventory.
 */
class DemoPageIT extends BrowserTest {

	/**
	 * How long after the page shows DELIVERED the platform may take to record the ack.
	 */
	private static final Duration ACKNOWLEDGEMENT_RECORDED = Duration.ofSeconds(5);

	@Test
	void paysAtTheInteractiveCashierAndTheItemArrivesInTheInventory() {
		String user = newUser("payer");
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
		// the platform records order-service's acknowledgement just after the page shows
		// the delivery: within moments it must say DELIVERED, nothing short of it
		Payment payment = sandbox.payments()
			.awaitStatus("demo-minigame", outTradeNo(order), PaymentStatus.DELIVERED, ACKNOWLEDGEMENT_RECORDED);
		assertThat(payment.queryStatus()).isEqualTo(4);
		assertThat(payment.deliveredAt()).isNotNull();
		browser.assertNoConsoleErrors();
		browser.screenshotForDocs("demo-delivered");
	}

	@Test
	void cancellingAtTheCashierShowsTheCancelResultAndDeliversNothing() {
		String user = newUser("canceller");
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
		Payment payment = sandbox.payments().find("demo-minigame", outTradeNo(order)).orElseThrow();
		assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
		assertThat(payment.closeReason()).isEqualTo(CloseReason.CANCELLED);
		assertThat(browser.textOf(By.id("inventory-empty"))).isEqualTo("Empty.");
		assertThat(browser.driver().findElements(By.cssSelector("#inventory li"))).isEmpty();
		assertThat(browser.driver().findElements(By.name("vpay-sandbox-cashier"))).isEmpty();
		browser.assertNoConsoleErrors();
		browser.screenshot("demo-cancelled");
	}

	@Test
	void aMiniProgramPaysAtOnceWhenTheCashierIsNotInteractive() {
		String user = newUser("program");
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

	/** A host-app user no other test uses. */
	private static String newUser(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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
