package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * What the test clock reads: the mock's current time and how far it is ahead of the
 * system's.
 *
 * @param now the mock's time
 * @param offset how far ahead, an ISO-8601 duration ({@code PT0S} when not moved)
 */
record ClockState(Instant now, String offset) {

	static ClockState of(SandboxClock clock) {
		Duration offset = clock.offset();
		return new ClockState(clock.instant(), offset.isNegative() ? Duration.ZERO.toString() : offset.toString());
	}

}
