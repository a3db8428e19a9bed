package dev.vpaysandbox.mock.chaos;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.convert.DurationStyle;

/**
 * A scenario as configured or requested: faults, each firing for a percentage of
 * payments, and the seed of those draws. Its text is a comma-separated list of
 * {@code fault[=argument][@percent%]} items and an optional {@code seed=<n>}, e.g.
 * {@code duplicate=2@30%, delay=10s@30%, seed=42}; {@code none} is the empty scenario.
 *
 * @param rules the faults, in the order written
 * @param seed the seed of the percentage draws, or {@code null} when the text names none
 */
public record ScenarioSpec(List<Rule> rules, Long seed) {

	/** The longest scenario text accepted. */
	public static final int MAX_LENGTH = 512;

	private static final Pattern ITEM = Pattern.compile("([a-z-]+)(?:=([^@]*))?(?:@(\\d{1,3})%?)?");

	private static final Pattern SEED = Pattern.compile("seed=(-?\\d{1,18})");

	public ScenarioSpec {
		rules = List.copyOf(rules);
	}

	/**
	 * Parses a scenario text.
	 * @throws InvalidScenarioException saying what is wrong
	 */
	public static ScenarioSpec parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidScenarioException("a scenario names at least one fault, or none");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidScenarioException("a scenario is at most " + MAX_LENGTH + " characters");
		}
		String normalized = text.strip().toLowerCase(Locale.ROOT);
		if (normalized.equals("none")) {
			return new ScenarioSpec(List.of(), null);
		}
		List<Rule> rules = new ArrayList<>();
		Long seed = null;
		for (String raw : normalized.split(",", -1)) {
			String item = raw.strip();
			Matcher seedItem = SEED.matcher(item);
			if (seedItem.matches()) {
				if (seed != null) {
					throw new InvalidScenarioException("seed is given twice");
				}
				seed = Long.parseLong(seedItem.group(1));
				continue;
			}
			rules.add(rule(item));
		}
		return checked(new ScenarioSpec(rules, seed));
	}

	private static Rule rule(String item) {
		Matcher matcher = ITEM.matcher(item);
		if (item.isEmpty() || !matcher.matches()) {
			throw new InvalidScenarioException("'" + item + "' is not fault[=argument][@percent%]");
		}
		FaultType type = FaultType.fromWireName(matcher.group(1))
			.orElseThrow(() -> new InvalidScenarioException("unknown fault '" + matcher.group(1) + "'; known: "
					+ List.of(FaultType.values()).stream().map(FaultType::wireName).collect(Collectors.joining(", "))));
		long argument = argument(type, matcher.group(2));
		int percent = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 100;
		if (percent < 1 || percent > 100) {
			throw new InvalidScenarioException(type.wireName() + ": a percentage is 1-100, not " + percent);
		}
		return new Rule(new Fault(type, argument), percent);
	}

	private static long argument(FaultType type, String text) {
		if (text == null) {
			return type.defaultArgument();
		}
		long value = switch (type.argument()) {
			case NONE -> throw new InvalidScenarioException(type.wireName() + " takes no argument");
			case COUNT, STATUS -> number(type, text);
			case DURATION -> millis(text);
		};
		if (value < type.min() || value > type.max()) {
			throw new InvalidScenarioException(type.wireName() + " takes " + Fault.range(type) + ", not " + text);
		}
		return value;
	}

	/**
	 * The milliseconds of a duration as Boot writes one ({@code 500ms}, {@code 30s},
	 * {@code 5m}, {@code 2h}, {@code 1d}); the unit is required here.
	 */
	private static long millis(String text) {
		try {
			if (!text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1))) {
				return DurationStyle.SIMPLE.parse(text).toMillis();
			}
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			// not a duration: said below
		}
		throw new InvalidScenarioException("'" + text + "' is not a duration such as 500ms, 30s, 5m, 2h or 1d");
	}

	private static long number(FaultType type, String text) {
		if (!text.matches("\\d{1,9}")) {
			throw new InvalidScenarioException(
					type.wireName() + " takes " + Fault.range(type) + ", not '" + text + "'");
		}
		return Long.parseLong(text);
	}

	private static ScenarioSpec checked(ScenarioSpec spec) {
		Set<FaultType> seen = EnumSet.noneOf(FaultType.class);
		for (Rule rule : spec.rules) {
			if (!seen.add(rule.fault().type())) {
				throw new InvalidScenarioException(rule.fault().type().wireName() + " is given twice");
			}
		}
		if (seen.contains(FaultType.DECLINE) && seen.contains(FaultType.CANCEL)) {
			throw new InvalidScenarioException("decline and cancel exclude each other: the cashier ends one way");
		}
		if (spec.rules.isEmpty()) {
			throw new InvalidScenarioException("a scenario names at least one fault, or none");
		}
		return spec;
	}

	/** Whether it names no fault ({@code none}). */
	public boolean isEmpty() {
		return this.rules.isEmpty();
	}

	/** Whether any fault fires for only a percentage of payments. */
	public boolean isRandom() {
		return this.rules.stream().anyMatch((rule) -> rule.percent() < 100);
	}

	/**
	 * The faults that fire for one payment: each fault with a percentage draws from the
	 * seed, the payment's ordinal and the fault's position, so the same seed and ordinal
	 * always give the same faults.
	 */
	public Faults draw(long seed, long ordinal) {
		List<Fault> fired = new ArrayList<>();
		for (int i = 0; i < this.rules.size(); i++) {
			Rule rule = this.rules.get(i);
			if (fires(seed, ordinal, i, rule.percent())) {
				fired.add(rule.fault());
			}
		}
		return new Faults(fired);
	}

	static boolean fires(long seed, long ordinal, int position, int percent) {
		if (percent >= 100) {
			return true;
		}
		long mixed = seed ^ (ordinal * 0x9E3779B97F4A7C15L) ^ ((position + 1) * 0xC2B2AE3D27D4EB4FL);
		return new SplittableRandom(mixed).nextInt(100) < percent;
	}

	/**
	 * The canonical text of the faults, without the seed, e.g.
	 * {@code duplicate=2@30%, delay=10s}.
	 */
	public String text() {
		if (this.rules.isEmpty()) {
			return "none";
		}
		return this.rules.stream().map(Rule::text).collect(Collectors.joining(", "));
	}

	/**
	 * One fault of a scenario and how often it fires.
	 *
	 * @param fault the fault
	 * @param percent the percentage of payments it fires for, 1-100
	 */
	public record Rule(Fault fault, int percent) {

		/** E.g. {@code duplicate=2@30%}, or {@code duplicate=2} when it always fires. */
		public String text() {
			return (this.percent < 100) ? this.fault.text() + "@" + this.percent + "%" : this.fault.text();
		}

	}

}
