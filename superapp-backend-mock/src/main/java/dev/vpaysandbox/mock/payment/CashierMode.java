package dev.vpaysandbox.mock.payment;

import java.util.Locale;
import java.util.Optional;

/**
 * What the sandbox user does at the cashier after an accepted pre-order check, chosen per
 * request with the {@code X-Sandbox-Cashier} header.
 */
enum CashierMode {

	/** Pay at once (the default). */
	PAY,

	/** Leave the payment pending, to be paid, cancelled or failed later. */
	PENDING;

	/** The header that selects the mode. */
	public static final String HEADER = "X-Sandbox-Cashier";

	/**
	 * The mode a header value names ({@code pay} or {@code pending}); absent means pay.
	 */
	public static Optional<CashierMode> fromHeader(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(PAY);
		}
		for (CashierMode mode : values()) {
			if (mode.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(mode);
			}
		}
		return Optional.empty();
	}

}
