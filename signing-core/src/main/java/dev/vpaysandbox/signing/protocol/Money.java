package dev.vpaysandbox.signing.protocol;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units (cents) of an ISO 4217 currency, as the protocol's
 * goodsPrice and currencyType carry it. Never a {@code double}.
 *
 * @param minor the amount in minor units, never negative
 * @param currency three upper-case letters
 */
public record Money(long minor, String currency) {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	public Money {
		Objects.requireNonNull(currency, "currency");
		if (minor < 0) {
			throw new IllegalArgumentException("an amount must not be negative, was " + minor);
		}
		if (!isCurrency(currency)) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
		}
	}

	/** Whether a text is a currency code as the protocol writes it: three capitals. */
	public static boolean isCurrency(String text) {
		return text != null && CURRENCY.matcher(text).matches();
	}

	/**
	 * This amount times a quantity.
	 * @throws ArithmeticException on overflow
	 */
	public Money times(int quantity) {
		return new Money(Math.multiplyExact(this.minor, quantity), this.currency);
	}

}
