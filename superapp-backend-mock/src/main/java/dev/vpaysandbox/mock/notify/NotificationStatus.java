package dev.vpaysandbox.mock.notify;

/**
 * Where a delivery notification stands: READY → IN_FLIGHT (claimed under a lease) →
 * ACKED, or back to READY at next_attempt_at after a failure, and DEAD after the last
 * retry. An IN_FLIGHT row whose lease expired is claimable again; a DEAD or ACKED one
 * becomes READY again when redelivered by hand.
 */
public enum NotificationStatus {

	READY, IN_FLIGHT, ACKED, DEAD

}
