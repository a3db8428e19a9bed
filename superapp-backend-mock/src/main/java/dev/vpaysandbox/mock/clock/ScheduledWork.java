package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that falls due at instants the mock's clock decides (a notification's retry,
 * a lease's end). When the test clock is advanced it walks from one due instant to the
 * next and lets each piece of work run there, in order, so that advancing 25 hours runs a
 * whole retry schedule with every attempt at its own time.
 */
public interface ScheduledWork {

	/**
	 * The earliest instant after {@code after}, and not after {@code until}, at which
	 * something of this work falls due, if any.
	 */
	Optional<Instant> nextDue(Instant after, Instant until);

	/**
	 * Runs what is due at {@code now} (the instant the clock stands at) and returns once
	 * it has finished, or once {@code patience} has passed.
	 */
	void runDue(Instant now, Duration patience);

}
