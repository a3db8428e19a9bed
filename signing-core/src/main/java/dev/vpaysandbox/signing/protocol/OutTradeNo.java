package dev.vpaysandbox.signing.protocol;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The merchant's order number: 8 to 32 characters of {@code [0-9A-Za-z_-|*@]}, not
 * starting with {@code _} (docs/protocol.md#fields). signData's rules, order-service's
 * numbers and the mock's payments all use this one definition.
 *
 * @param value the number
 */
public record OutTradeNo(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z_\\-|*@]{8,32}");

	public OutTradeNo {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException(
					"outTradeNo must be 8-32 characters of [0-9A-Za-z_-|*@], " + "not starting with '_'");
		}
	}

	/** Whether a text is a well-formed outTradeNo. */
	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches() && !value.startsWith("_");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
