package dev.vpaysandbox.mock.notify;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.notify.Deliveries.Delivery;
import dev.vpaysandbox.mock.payment.Payment;

/**
 * A delivery notification as the control API shows it: its state, its payment in brief,
 * and every attempt, oldest first.
 *
 * @param notificationId the notification
 * @param paymentId its payment
 * @param appId the app
 * @param env the env
 * @param outTradeNo the payment's outTradeNo
 * @param productId the payment's item
 * @param paymentStatus the payment's state
 * @param queryStatus the status query_order reports for the payment
 * @param scenario the chaos faults that fired for the payment
 * @param status READY, IN_FLIGHT, ACKED or DEAD
 * @param attemptCount attempts made so far
 * @param nextAttemptAt when it is (or was) due
 * @param held whether it waits for the app's next notification (chaos reverse)
 * @param redeliverFrom where a hand-triggered attempt returns if it fails
 * @param leaseOwner the instance holding it
 * @param leaseUntil when that claim expires
 * @param lastAttemptAt when the last attempt was made
 * @param createdAt when it was queued (the payment's paid time)
 * @param updatedAt when it last changed
 * @param attempts every attempt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NotificationView(Long notificationId, String paymentId, String appId, int env, String outTradeNo,
		String productId, String paymentStatus, Integer queryStatus, String scenario, String status, int attemptCount,
		Instant nextAttemptAt, boolean held, String redeliverFrom, String leaseOwner, Instant leaseUntil,
		Instant lastAttemptAt, Instant createdAt, Instant updatedAt, List<AttemptView> attempts) {

	static NotificationView of(Delivery delivery) {
		Notification notification = delivery.notification();
		Payment payment = delivery.payment();
		return new NotificationView(notification.id(), notification.paymentId(), notification.appId(),
				notification.env().code(), (payment != null) ? payment.outTradeNo().value() : null,
				(payment != null) ? payment.purchase().productId() : null,
				(payment != null) ? payment.status().name() : null,
				(payment != null) ? payment.status().queryCode() : null,
				(payment != null) ? payment.faults().text() : null, notification.status().name(),
				notification.attempts(), notification.nextAttemptAt(), notification.held(),
				(notification.redeliverFrom() != null) ? notification.redeliverFrom().name() : null,
				notification.leaseOwner(), notification.leaseUntil(), notification.lastAttemptAt(),
				notification.createdAt(), notification.updatedAt(),
				delivery.attempts().stream().map(AttemptView::of).toList());
	}

}
