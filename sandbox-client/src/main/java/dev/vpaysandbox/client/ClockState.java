package dev.vpaysandbox.client;

import java.time.Duration;
import java.time.Instant;

/**
 * What the sandbox's test clock reads.
 *
 * @param now the sandbox's time
 * @param offset how far ahead of the system's time it is ({@link Duration#ZERO} unless
 * moved)
 */
public record ClockState(Instant now, Duration offset) {

	record Wire(Instant now, String offset) {

		ClockState toState() {
			return new ClockState(this.now, Duration.parse(this.offset));
		}

	}

}
