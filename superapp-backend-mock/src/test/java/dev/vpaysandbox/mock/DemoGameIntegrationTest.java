package dev.vpaysandbox.mock;

import org.junit.jupiter.api.BeforeEach;

/** Integration tests that buy in the seeded demo mini game, as a player new to it. */
abstract class DemoGameIntegrationTest extends MockIntegrationTest {

	Session gamer;

	@BeforeEach
	void logInToTheDemoGame() {
		this.gamer = this.sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
	}

}
