package dev.vpaysandbox.mock.payment;

/** Why a pending payment closed, with the JS callback's errCode. */
public enum CloseReason {

	/** The user cancelled at the cashier: errCode -2. */
	CANCELLED(-2),

	/** The payment failed at the cashier: errCode -1. */
	FAILED(-1),

	/**
	 * Nobody acted at the cashier within {@code vpay.mock.cashier-timeout}: errCode -1, a
	 * failure like a declined payment.
	 */
	EXPIRED(-1);

	private final int errCode;

	CloseReason(int errCode) {
		this.errCode = errCode;
	}

	/** The JS callback's errCode for this outcome. */
	public int errCode() {
		return this.errCode;
	}

}
