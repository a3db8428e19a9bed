package dev.vpaysandbox.client;

/** A payment's state on the platform, with the status {@code query_order} reports. */
public enum PaymentStatus {

	/** Accepted by the pre-order check, waiting at the cashier (1). */
	PENDING(1),

	/** Paid, notification not yet sent (2). */
	PAID(2),

	/** Paid, the notification is being delivered (3). */
	DELIVERING(3),

	/** The merchant acknowledged delivery (4). */
	DELIVERED(4),

	/** Refunded in full (5). */
	REFUNDED(5),

	/** Cancelled, failed or timed out at the cashier (6). */
	CLOSED(6);

	private final int queryStatus;

	PaymentStatus(int queryStatus) {
		this.queryStatus = queryStatus;
	}

	/** The status {@code query_order} reports. */
	public int queryStatus() {
		return this.queryStatus;
	}

}
