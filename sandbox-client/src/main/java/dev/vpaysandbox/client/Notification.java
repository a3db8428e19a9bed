package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * A payment's delivery notification with every attempt, oldest first.
 *
 * @param notificationId the notification
 * @param paymentId its payment
 * @param appId the app
 * @param env the env code
 * @param outTradeNo the payment's outTradeNo
 * @param productId the payment's item
 * @param paymentStatus the payment's state
 * @param queryStatus the status {@code query_order} reports for the payment
 * @param scenario the chaos faults that fired for the payment, or {@code null}
 * @param status where it stands
 * @param attemptCount attempts made so far
 * @param nextAttemptAt when it is (or was) due
 * @param held whether it waits for the app's next notification (chaos reverse)
 * @param redeliverFrom where a redelivery returns if it fails, or {@code null}
 * @param leaseOwner the instance holding it, or {@code null}
 * @param leaseUntil when that claim expires, or {@code null}
 * @param lastAttemptAt when the last attempt was made, or {@code null}
 * @param createdAt when it was queued (the payment's paid time)
 * @param updatedAt when it last changed
 * @param attempts every attempt, oldest first
 */
public record Notification(long notificationId, String paymentId, String appId, int env, String outTradeNo,
		String productId, PaymentStatus paymentStatus, Integer queryStatus, String scenario, NotificationStatus status,
		int attemptCount, Instant nextAttemptAt, boolean held, NotificationStatus redeliverFrom, String leaseOwner,
		Instant leaseUntil, Instant lastAttemptAt, Instant createdAt, Instant updatedAt,
		List<NotificationAttempt> attempts) {

	public Notification {
		attempts = (attempts != null) ? List.copyOf(attempts) : List.of();
	}

	/** The attempts that got no acknowledgement. */
	public List<NotificationAttempt> failedAttempts() {
		return this.attempts.stream().filter((attempt) -> !attempt.acknowledged()).toList();
	}

}
