package dev.vpaysandbox.client;

/** Why a payment closed unpaid, with the errCode of the JS API's fail callback. */
public enum CloseReason {

	/** The user cancelled at the cashier: errCode -2. */
	CANCELLED(-2),

	/** The payment failed at the cashier: errCode -1. */
	FAILED(-1),

	/** Nobody acted at the cashier within its timeout (15 minutes): errCode -1. */
	EXPIRED(-1);

	private final int errCode;

	CloseReason(int errCode) {
		this.errCode = errCode;
	}

	/** The fail callback's errCode. */
	public int errCode() {
		return this.errCode;
	}

}
