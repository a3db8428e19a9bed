package dev.vpaysandbox.e2e.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import dev.vpaysandbox.e2e.support.SandboxServices;

/**
 * What every browser test shares: one Chromium per test class (skipped with a message
 * when there is none), the shared sandbox services, and a blank desktop-size page between
 * tests.
 */
abstract class BrowserTest {

	static Browser browser;

	static SandboxServices services;

	static Purchases purchases;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
		services = SandboxServices.shared();
		purchases = new Purchases(services);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@AfterEach
	void blankPage() {
		browser.reset();
	}

}
