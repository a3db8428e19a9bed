package dev.vpaysandbox.mock.chaos;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The faults that fired for one payment, stored with it so that its payment call and
 * every delivery attempt act on the same decision.
 *
 * @param faults the faults, at most one of each type
 */
public record Faults(List<Fault> faults) {

	/** No fault: the payment and its notification behave as the protocol says. */
	public static final Faults NONE = new Faults(List.of());

	public Faults {
		faults = List.copyOf(faults);
	}

	/**
	 * The faults of a stored text ({@link #text()}); {@code null} or blank is none.
	 * @throws InvalidScenarioException if the text is not one this class wrote
	 */
	public static Faults parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		ScenarioSpec spec = ScenarioSpec.parse(text);
		return new Faults(spec.rules().stream().map(ScenarioSpec.Rule::fault).toList());
	}

	public boolean isEmpty() {
		return this.faults.isEmpty();
	}

	/** The fault of this type, if it fired. */
	public Optional<Fault> find(FaultType type) {
		return this.faults.stream().filter((fault) -> fault.type() == type).findFirst();
	}

	public boolean has(FaultType type) {
		return find(type).isPresent();
	}

	/** How many of the first attempts are dropped unsent. */
	public int drops() {
		return find(FaultType.DROP).map(Fault::count).orElse(0);
	}

	/**
	 * The tampering faults that act on the {@code sent}-th attempt actually sent (1 for
	 * the first): those whose count reaches it.
	 */
	public List<FaultType> tamperingsOf(int sent) {
		return this.faults.stream()
			.filter((fault) -> fault.type().tampers() && sent <= fault.count())
			.map(Fault::type)
			.toList();
	}

	/**
	 * The text stored with the payment, e.g. {@code duplicate=2, delay=10s}, or
	 * {@code null} for none.
	 */
	public String text() {
		return this.faults.isEmpty() ? null : this.faults.stream().map(Fault::text).collect(Collectors.joining(", "));
	}

}
