package dev.vpaysandbox.mock.pages;

import dev.vpaysandbox.mock.payment.Payment;

/**
 * Where a payment stands for the user at the cashier and for the {@code wx} shim waiting
 * on it.
 *
 * @param paymentId the payment
 * @param method the JS API that was called
 * @param status the payment's state (PENDING, PAID, CLOSED, ...)
 * @param settled whether the user has acted (anything but PENDING)
 * @param result what the JS callback receives, {@code null} while pending
 */
record CashierOutcome(String paymentId, String method, String status, boolean settled, CallbackResult result) {

	static CashierOutcome of(Payment payment) {
		CallbackResult result = CallbackResult.of(payment);
		return new CashierOutcome(payment.id(), payment.method().wireName(), payment.status().name(), result != null,
				result);
	}

}
