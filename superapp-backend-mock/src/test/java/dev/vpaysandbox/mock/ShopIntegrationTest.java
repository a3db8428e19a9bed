package dev.vpaysandbox.mock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.vpaysandbox.mock.Sandbox.Session;

/**
 * Integration tests of delivery: a mini game of their own whose notifications go to a
 * {@link NotifyReceiver} they control, and a player logged in to it.
 */
abstract class ShopIntegrationTest extends MockIntegrationTest {

	NotifyReceiver receiver;

	String appId;

	Session gamer;

	@BeforeEach
	void openShop() {
		this.receiver = NotifyReceiver.start();
		this.appId = this.sandbox.newMiniGame(this.receiver.url());
		this.gamer = this.sandbox.login(this.appId, Sandbox.newUser());
	}

	@AfterEach
	void closeShop() {
		this.receiver.close();
	}

}
