package dev.vpaysandbox.mock;

import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

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

	/** The payment's notification as the control API shows it, or {@code null}. */
	JsonNode notificationOf(PaymentCall call) {
		JsonNode found = this.sandbox.admin("GET", "/sandbox/notifications?outTradeNo=" + call.outTradeNo(), null)
			.json();
		return (found.size() == 1) ? found.get(0) : null;
	}

	/** Waits until the payment's notification is in {@code status}. */
	JsonNode awaitStatus(PaymentCall call, String status) {
		return awaitNotification(call, (notification) -> notification.get("status").stringValue().equals(status));
	}

	/**
	 * Waits until the notification has made {@code attempts} attempts and is in
	 * {@code status}.
	 */
	JsonNode awaitAttempts(PaymentCall call, int attempts, String status) {
		return awaitNotification(call,
				(notification) -> notification.get("attemptCount").intValue() == attempts
						&& notification.get("attempts").size() >= attempts
						&& notification.get("status").stringValue().equals(status));
	}

	private JsonNode awaitNotification(PaymentCall call, Predicate<JsonNode> condition) {
		return Waiting.waiting()
			.until(() -> notificationOf(call), (notification) -> notification != null && condition.test(notification));
	}

}
