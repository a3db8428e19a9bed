package dev.vpaysandbox.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A thread-safe clock that tests move by hand instead of sleeping. */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** A UTC clock standing at {@code start}. */
	public static MutableClock at(Instant start) {
		return new MutableClock(new AtomicReference<>(start), ZoneOffset.UTC);
	}

	/** A UTC clock standing at the current time. */
	public static MutableClock startingNow() {
		return at(Instant.now());
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public Instant advance(Duration duration) {
		return this.now.updateAndGet((current) -> current.plus(duration));
	}

	/** Sets the clock to an instant. */
	public void set(Instant instant) {
		this.now.set(instant);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

}
