package dev.vpaysandbox.mock.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mock's clock: the system's UTC time in microseconds (the database's precision, so
 * an instant read back equals the instant written) plus an offset that the test clock's
 * control API moves forward. Every timestamp and expiry of the mock reads it. While a
 * {@link TimeTravel} walks through due work, the clock stands still at each step, so that
 * what runs there is stamped with the step's instant exactly.
 */
final class SandboxClock extends Clock {

	private static final Duration MICROSECOND = Duration.ofNanos(1_000);

	private final Clock base;

	private final AtomicReference<Setting> setting = new AtomicReference<>(new Setting(Duration.ZERO, null));

	/** A sandbox clock over the system's UTC clock. */
	public SandboxClock() {
		this(Clock.systemUTC());
	}

	SandboxClock(Clock base) {
		this.base = Clock.tick(base.withZone(ZoneOffset.UTC), MICROSECOND);
	}

	@Override
	public Instant instant() {
		Setting current = this.setting.get();
		return (current.frozenAt() != null) ? current.frozenAt() : this.base.instant().plus(current.offset());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return ZoneOffset.UTC.equals(zone) ? this : new Clock() {

			@Override
			public Instant instant() {
				return SandboxClock.this.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return SandboxClock.this.withZone(other);
			}

		};
	}

	/** How far ahead of the system's time the clock is (zero unless moved). */
	public Duration offset() {
		Setting current = this.setting.get();
		return (current.frozenAt() != null) ? Duration.between(this.base.instant(), current.frozenAt())
				: current.offset();
	}

	/** Stops the clock at {@code instant} (not before the system's time). */
	void freezeAt(Instant instant) {
		this.setting.set(new Setting(this.setting.get().offset(), instant.truncatedTo(ChronoUnit.MICROS)));
	}

	/**
	 * Lets the clock run again, {@code offset} ahead of the system's time: the wall time
	 * a walk took passes at once, so the offset is exactly what was asked for.
	 */
	void resume(Duration offset) {
		this.setting.set(new Setting(offset, null));
	}

	/** The offset set last, whether the clock runs or stands still. */
	Duration setOffset() {
		return this.setting.get().offset();
	}

	/** Back to the system's time. */
	void reset() {
		this.setting.set(new Setting(Duration.ZERO, null));
	}

	/**
	 * The clock's offset, and the instant it stands still at during a walk.
	 *
	 * @param offset added to the system's time while it runs
	 * @param frozenAt where it stands still, or {@code null} while it runs
	 */
	private record Setting(Duration offset, Instant frozenAt) {
	}

}
