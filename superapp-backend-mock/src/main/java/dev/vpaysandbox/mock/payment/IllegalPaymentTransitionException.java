package dev.vpaysandbox.mock.payment;

/** A verb was called on a payment whose state does not allow it: a broken invariant. */
class IllegalPaymentTransitionException extends IllegalStateException {

	IllegalPaymentTransitionException(String paymentId, PaymentStatus current, String verb) {
		super("payment " + paymentId + " is " + current + ": cannot " + verb);
	}

}
