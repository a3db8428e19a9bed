package dev.vpaysandbox.order.order;

/** What made an order deliver. */
public enum DeliverySource {

	/** The platform's signed delivery notification. */
	NOTIFICATION,

	/** Reconciliation, after query_order reported the order paid. */
	RECONCILIATION

}
