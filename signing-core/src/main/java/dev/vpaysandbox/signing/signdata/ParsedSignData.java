package dev.vpaysandbox.signing.signdata;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of parsing a received signData text: valid, with the typed content and the
 * exact text received, or invalid, with every broken rule.
 */
public sealed interface ParsedSignData {

	/** The text exactly as received; verifiers sign this, never a re-serialization. */
	String raw();

	/**
	 * A signData that meets every context-free rule.
	 *
	 * @param raw the text as received
	 * @param data its typed content
	 */
	record Valid(String raw, SignData data) implements ParsedSignData {

		public Valid {
			Objects.requireNonNull(raw, "raw");
			Objects.requireNonNull(data, "data");
		}

	}

	/**
	 * A signData that breaks at least one rule.
	 *
	 * @param raw the text as received, possibly {@code null}
	 * @param violations every broken rule, in reporting order
	 */
	record Invalid(String raw, List<Violation> violations) implements ParsedSignData {

		public Invalid {
			violations = violations.stream().sorted(Violation.REPORTING_ORDER).toList();
			if (violations.isEmpty()) {
				throw new IllegalArgumentException("an invalid signData needs at least one violation");
			}
		}

		/**
		 * The violation the pre-order check answers with: the first in reporting order.
		 */
		public Violation first() {
			return this.violations.get(0);
		}

	}

}
