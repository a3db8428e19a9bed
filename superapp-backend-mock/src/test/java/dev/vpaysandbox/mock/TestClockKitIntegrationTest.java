package dev.vpaysandbox.mock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.vpaysandbox.client.VpaySandbox;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tests of the test clock through the test kit's client: the real-clock context, a
 * {@link VpaySandbox} client and a {@link NotifyReceiver}, and the clock reset after each
 * test so that none moves another's time.
 */
@RealClockMockTest
abstract class TestClockKitIntegrationTest {

	@LocalServerPort
	int port;

	VpaySandbox sandbox;

	NotifyReceiver receiver;

	@BeforeEach
	void connect() {
		this.sandbox = VpaySandbox.connect("http://localhost:" + this.port, "sandbox-admin-token");
		this.receiver = NotifyReceiver.start();
	}

	@AfterEach
	void resetClock() {
		this.sandbox.clock().reset();
		this.receiver.close();
	}

}
