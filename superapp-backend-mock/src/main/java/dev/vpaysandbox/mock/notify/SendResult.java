package dev.vpaysandbox.mock.notify;

import java.time.Instant;

/**
 * How sending one copy ended.
 *
 * @param outcome the outcome
 * @param startedAt when it started
 * @param latencyMs milliseconds until the answer or the failure, {@code null} if not sent
 * @param httpStatus the answer's status, or {@code null}
 * @param responseBody the answer's body, truncated, or {@code null}
 * @param error why it failed, or {@code null}
 */
record SendResult(AttemptOutcome outcome, Instant startedAt, Long latencyMs, Integer httpStatus, String responseBody,
		String error) {

	static SendResult dropped(Instant at) {
		return new SendResult(AttemptOutcome.DROPPED, at, null, null, null,
				"not sent (chaos drop): the receiver never sees this attempt");
	}

	boolean acknowledged() {
		return this.outcome == AttemptOutcome.ACKNOWLEDGED;
	}

	boolean sent() {
		return this.outcome != AttemptOutcome.DROPPED;
	}

}
