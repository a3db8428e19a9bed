package dev.vpaysandbox.mock;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waiting for what happens asynchronously (deliveries), checking often, giving up after
 * 10 s.
 */
final class Waiting {

	static final Duration WAIT = Duration.ofSeconds(10);

	private Waiting() {
	}

	static ConditionFactory waiting() {
		return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(WAIT);
	}

}
