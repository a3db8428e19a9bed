package dev.vpaysandbox.signing.signdata;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a merchant tries to build a signData that breaks the protocol's rules. */
public class InvalidSignDataException extends IllegalArgumentException {

	private final transient List<Violation> violations;

	InvalidSignDataException(List<Violation> violations) {
		super(describe(inReportingOrder(violations)));
		this.violations = inReportingOrder(violations);
	}

	/** Every broken rule, in reporting order. */
	public List<Violation> violations() {
		return this.violations;
	}

	private static List<Violation> inReportingOrder(List<Violation> violations) {
		return violations.stream().sorted(Violation.REPORTING_ORDER).toList();
	}

	private static String describe(List<Violation> violations) {
		return violations.stream()
			.map((violation) -> violation.code().errCode()
					+ ((violation.field() != null) ? " " + violation.field() : "") + ": " + violation.message())
			.collect(Collectors.joining("; ", "invalid signData: ", ""));
	}

}
