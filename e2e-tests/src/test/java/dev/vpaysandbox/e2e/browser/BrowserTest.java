package dev.vpaysandbox.e2e.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.support.SandboxServices;

/**
 * What every browser test shares: one Chromium per test class (skipped with a message
 * when there is none), the shared sandbox services and the sandbox client of their mock,
 * and a blank desktop-size page between tests.
 */
abstract class BrowserTest {

	static Browser browser;

	static SandboxServices services;

	static VpaySandbox sandbox;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
		services = SandboxServices.shared();
		sandbox = services.sandbox();
	}

	/**
	 * A new user of the demo mini game, logged in to order-service over HTTP, to make
	 * purchases for a page to show.
	 */
	static FrontEnd newPlayer() {
		return FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
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
