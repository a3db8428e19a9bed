package dev.vpaysandbox.mock.chaos;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as scenario texts write them: {@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 2h}, {@code 1d}.
 */
final class Durations {

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

	private static final String[] UNITS = { "d", "h", "m", "s" };

	private static final long[] MILLIS = { 86_400_000L, 3_600_000L, 60_000L, 1_000L };

	private Durations() {
	}

	/**
	 * Milliseconds of a text such as {@code 30s}.
	 * @throws InvalidScenarioException if it is not a number with a unit
	 */
	static long parse(String text) {
		Matcher matcher = DURATION.matcher(text);
		if (!matcher.matches()) {
			throw new InvalidScenarioException("'" + text + "' is not a duration such as 500ms, 30s, 5m, 2h or 1d");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "ms" -> amount;
			case "s" -> amount * 1_000L;
			case "m" -> amount * 60_000L;
			case "h" -> amount * 3_600_000L;
			default -> amount * 86_400_000L;
		};
	}

	/** The shortest text of a duration: the largest unit that divides it. */
	static String format(long millis) {
		for (int i = 0; i < UNITS.length; i++) {
			if (millis != 0 && millis % MILLIS[i] == 0) {
				return (millis / MILLIS[i]) + UNITS[i];
			}
		}
		return millis + "ms";
	}

}
