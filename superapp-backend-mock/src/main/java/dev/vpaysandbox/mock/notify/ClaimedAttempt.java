package dev.vpaysandbox.mock.notify;

import java.time.Instant;
import java.util.List;

/**
 * An attempt this instance has claimed: the lease that fences it and the copies to send
 * (or to record as dropped).
 *
 * @param notificationId the notification
 * @param paymentId its payment
 * @param appId its app
 * @param owner this instance, the lease owner
 * @param attempt the attempt's number, from 1
 * @param leaseUntil when the lease expires
 * @param dueAt when the attempt was due
 * @param claimedAt when it was claimed
 * @param dropped whether it is recorded but not sent (chaos {@code drop})
 * @param copies the copies, one unless duplicated
 */
record ClaimedAttempt(Long notificationId, String paymentId, String appId, String owner, int attempt,
		Instant leaseUntil, Instant dueAt, Instant claimedAt, boolean dropped, List<Outgoing> copies) {
}
