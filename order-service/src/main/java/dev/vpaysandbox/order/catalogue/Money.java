package dev.vpaysandbox.order.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units (cents) of an ISO 4217 currency.
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
		if (!CURRENCY.matcher(currency).matches()) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
		}
	}

	/**
	 * This amount times a quantity.
	 * @throws ArithmeticException on overflow
	 */
	public Money times(int quantity) {
		return new Money(Math.multiplyExact(this.minor, quantity), this.currency);
	}

}
