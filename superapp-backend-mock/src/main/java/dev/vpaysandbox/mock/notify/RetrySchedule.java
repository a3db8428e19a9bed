package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed notification is tried again (docs/protocol.md#success-retries-and-order):
 * after 15s, 15s, 30s, 3m, 10m, 20m, 30m, 30m, 30m, 60m, 3h, 3h, 3h, 6h, 6h, then it is
 * dead: sixteen attempts in all. A time scale shrinks (or stretches) every delay, e.g.
 * ×0.001 for tests and demos.
 */
final class RetrySchedule {

	/** The protocol's delays after each failed attempt. */
	static final List<Duration> DELAYS = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(30),
			Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30),
			Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofHours(3),
			Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));

	/** Attempts before a notification dies: the first and one per delay. */
	static final int MAX_ATTEMPTS = DELAYS.size() + 1;

	private final List<Duration> delays;

	/**
	 * @param timeScale the factor applied to every delay
	 * @throws IllegalArgumentException unless it is positive
	 */
	RetrySchedule(double timeScale) {
		if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
			throw new IllegalArgumentException("the time scale must be positive, was " + timeScale);
		}
		this.delays = DELAYS.stream().map((delay) -> scale(delay, timeScale)).toList();
	}

	private static Duration scale(Duration delay, double timeScale) {
		// A delay may shrink to a microsecond, the database's precision, but never to
		// zero.
		long micros = Math.max(1, Math.round(delay.toNanos() / 1_000.0 * timeScale));
		return Duration.ofNanos(micros * 1_000);
	}

	/** The wait after failed attempt {@code attempt} (from 1), or empty: it is dead. */
	Optional<Duration> after(int attempt) {
		if (attempt < 1 || attempt > this.delays.size()) {
			return Optional.empty();
		}
		return Optional.of(this.delays.get(attempt - 1));
	}

	/** Every delay, scaled. */
	List<Duration> delays() {
		return this.delays;
	}

}
