package dev.vpaysandbox.mock.payment;

/**
 * Where a payment stands, with the {@code status} that {@code /xpay/query_order} reports.
 * <pre>
 * PENDING --pay--> PAID --first attempt--> DELIVERING --ack / notify_provide_goods--> DELIVERED
 *    |                                      (any paid state) --full refund--> REFUNDED
 *    +--cancel / fail--> CLOSED
 * </pre>
 */
public enum PaymentStatus {

	/** Accepted by the pre-order check, waiting at the cashier. */
	PENDING(1),

	/** Paid; the delivery notification is queued. */
	PAID(2),

	/** Delivery notification attempts are in flight. */
	DELIVERING(3),

	/** The merchant acknowledged delivery (or called notify_provide_goods). */
	DELIVERED(4),

	/** Refunded in full. */
	REFUNDED(5),

	/** Cancelled or failed at the cashier; never paid. */
	CLOSED(6);

	private final int queryCode;

	PaymentStatus(int queryCode) {
		this.queryCode = queryCode;
	}

	/** The {@code status} of {@code query_order}. */
	public int queryCode() {
		return this.queryCode;
	}

	/** Whether money was taken: paid, delivering, delivered or refunded. */
	public boolean isPaid() {
		return this != PENDING && this != CLOSED;
	}

	/** Whether a refund may take money back: paid and not refunded in full. */
	public boolean isRefundable() {
		return this == PAID || this == DELIVERING || this == DELIVERED;
	}

}
