package dev.vpaysandbox.e2e.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.e2e.shop.FrontEnd;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page fits a phone's width (390 CSS pixels) without a horizontal scroll bar. */
class PhoneWidthIT extends BrowserTest {

	private static final Dimension PHONE = new Dimension(390, 844);

	@Test
	void theMocksHomePageFitsAPhoneAndLinksTheDemoWhereOrderServiceServesIt() {
		browser.resize(PHONE);
		browser.forgetConsole();
		browser.open(services.mockUrl() + "/");
		browser.waitUntil((driver) -> driver.findElement(By.id("demo-link"))
			.getDomProperty("href")
			.equals(services.orderUrl() + "/"));
		assertThat(browser.textOf(By.id("cashier-heading"))).isEqualTo("How a purchase reaches the cashier");
		assertThat(browser.overflowsHorizontally()).as("home page overflows: %s", browser.overflowingElements())
			.isFalse();
		browser.assertNoConsoleErrors();
		browser.screenshot("mock-home-phone");
	}

	@Test
	void theDemoTheCashierAndTheInspectorFitAPhone() {
		browser.resize(PHONE);
		browser.open(services.orderUrl() + "/?user=phone-" + System.nanoTime());
		browser.find(By.cssSelector("button[data-buy='sword']"));
		assertThat(browser.overflowsHorizontally()).as("demo page overflows").isFalse();
		browser.screenshot("demo-phone");

		FrontEnd player = newPlayer();
		JsApiResult pending = player.pay(player.paymentCall(player.placeOrder("sword", 1)).waitingAtCashier());
		browser.open(services.mockUrl() + pending.cashierUrl());
		browser.text(By.id("amount"), "USD 1.99");
		assertThat(browser.overflowsHorizontally()).as("cashier overflows").isFalse();
		browser.screenshotForDocs("cashier-phone");

		browser.open(services.mockUrl() + "/inspector.html");
		browser.find(By.id("token")).sendKeys("sandbox-admin-token");
		browser.click(By.cssSelector("#login-form button[type='submit']"));
		browser.find(By.cssSelector("#payments-rows tr"));
		browser.find(By.cssSelector("#journal-rows tr"));
		browser.text(By.id("notifications-updated"), "updated");
		browser.text(By.id("scenarios-updated"), "updated");
		browser.click(By.cssSelector("#fault-catalogue summary"));
		browser.find(By.cssSelector("#faults-rows tr"));
		assertThat(browser.overflowsHorizontally()).as("inspector overflows: %s", browser.overflowingElements())
			.isFalse();
		browser.assertNoConsoleErrors();
		browser.screenshot("inspector-phone");
	}

}
