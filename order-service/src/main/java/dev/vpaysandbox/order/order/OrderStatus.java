package dev.vpaysandbox.order.order;

/**
 * Where an order stands. {@code PAID} exists only inside the transaction that delivers,
 * since virtual items are granted at once; the others are stored.
 */
public enum OrderStatus {

	/** Signed and handed to the front end; not known to be paid. */
	CREATED,

	/** Paid; delivery follows in the same transaction. */
	PAID,

	/** Paid and the items granted. */
	DELIVERED,

	/** Not paid within its time to live; a late payment is still honoured. */
	EXPIRED,

	/** The payment went back to the user; any items granted were taken back. */
	REFUNDED

}
