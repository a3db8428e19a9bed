package dev.vpaysandbox.signing.signdata;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a merchant tries to build a signData that breaks the protocol's rules. */
public class InvalidSignDataException extends IllegalArgumentException {

	private final transient List<Violation> violations;

	InvalidSignDataException(List<Violation> violations) {
		super(violations.stream()
			.map((violation) -> violation.code().errCode() + " " + violation.message())
			.collect(Collectors.joining("; ", "invalid signData: ", "")));
		this.violations = List.copyOf(violations);
	}

	/** Every broken rule, in reporting order. */
	public List<Violation> violations() {
		return this.violations;
	}

}
