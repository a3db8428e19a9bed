package dev.vpaysandbox.mock.chaos;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault with its argument: a count, an HTTP status, or a duration in milliseconds, as
 * its {@link FaultType} says; {@link #text()} writes it as a scenario text does.
 *
 * @param type the fault
 * @param argument its argument (0 for a fault that takes none)
 */
public record Fault(FaultType type, long argument) {

	public Fault {
		Objects.requireNonNull(type, "type");
		if (type.argument() == FaultType.Argument.NONE ? argument != 0
				: (argument < type.min() || argument > type.max())) {
			throw new IllegalArgumentException(type.wireName() + " takes " + range(type) + ", not " + argument);
		}
	}

	/** The fault with its default argument. */
	public static Fault of(FaultType type) {
		return new Fault(type, type.defaultArgument());
	}

	/** The argument as a duration, for a fault that takes one. */
	public Duration duration() {
		return Duration.ofMillis(this.argument);
	}

	/** The argument as a count or a status. */
	public int count() {
		return Math.toIntExact(this.argument);
	}

	/** E.g. {@code decline}, {@code duplicate=2}, {@code delay=30s}. */
	public String text() {
		return switch (this.type.argument()) {
			case NONE -> this.type.wireName();
			case COUNT, STATUS -> this.type.wireName() + "=" + this.argument;
			case DURATION -> this.type.wireName() + "=" + Durations.format(this.argument);
		};
	}

	/** The arguments a fault accepts, in words. */
	static String range(FaultType type) {
		return switch (type.argument()) {
			case NONE -> "no argument";
			case COUNT -> "a count of " + type.min() + "-" + type.max();
			case STATUS -> "an HTTP status of " + type.min() + "-" + type.max();
			case DURATION -> "a duration of " + Durations.format(type.min()) + "-" + Durations.format(type.max());
		};
	}

}
