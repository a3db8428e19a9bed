package dev.vpaysandbox.client;

/** Where a delivery notification stands. */
public enum NotificationStatus {

	/** Waiting for its next attempt. */
	READY,

	/** An attempt is under way. */
	IN_FLIGHT,

	/** The merchant acknowledged it: delivered for good. */
	ACKED,

	/**
	 * Every attempt of the retry schedule failed; only a redelivery by hand sends it
	 * again.
	 */
	DEAD

}
