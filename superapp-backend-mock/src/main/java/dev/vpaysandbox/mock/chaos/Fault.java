package dev.vpaysandbox.mock.chaos;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.convert.DurationStyle;

/**
 * One fault with its argument: a count, an HTTP status, or a duration in milliseconds, as
 * its {@link FaultType} says; {@link #text()} writes it as a scenario text does.
 *
 * @param type the fault
 * @param argument its argument (0 for a fault that takes none)
 */
public record Fault(FaultType type, long argument) {

	private static final List<ChronoUnit> LARGEST_UNIT_FIRST = List.of(ChronoUnit.DAYS, ChronoUnit.HOURS,
			ChronoUnit.MINUTES, ChronoUnit.SECONDS);

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
			case DURATION -> this.type.wireName() + "=" + durationText(this.argument);
		};
	}

	/**
	 * A duration as Boot writes one, in the largest unit that divides it: {@code 1500ms},
	 * {@code 30s}, {@code 7d}.
	 */
	static String durationText(long millis) {
		Duration duration = Duration.ofMillis(millis);
		for (ChronoUnit unit : LARGEST_UNIT_FIRST) {
			if (millis != 0 && millis % unit.getDuration().toMillis() == 0) {
				return DurationStyle.SIMPLE.print(duration, unit);
			}
		}
		return DurationStyle.SIMPLE.print(duration, ChronoUnit.MILLIS);
	}

	/** The arguments a fault accepts, in words. */
	static String range(FaultType type) {
		return switch (type.argument()) {
			case NONE -> "no argument";
			case COUNT -> "a count of " + type.min() + "-" + type.max();
			case STATUS -> "an HTTP status of " + type.min() + "-" + type.max();
			case DURATION -> "a duration of " + durationText(type.min()) + "-" + durationText(type.max());
		};
	}

}
