package dev.vpaysandbox.mock.notify;

/**
 * Where a delivery notification stands. This issue writes READY rows; the dispatcher
 * moves them on: READY → IN_FLIGHT (claimed under a lease) → ACKED, or back to READY at
 * next_attempt_at after a failure, and DEAD after the last retry.
 */
public enum NotificationStatus {

	READY, IN_FLIGHT, ACKED, DEAD

}
