package dev.vpaysandbox.mock.notify;

import dev.vpaysandbox.mock.payment.PaymentPaid;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a paid payment's notification row inside the transaction that marks it paid
 * (transactional outbox): both commit or neither does, and the unique payment_id keeps it
 * to one row per payment.
 */
@Component
class OutboxWriter {

	private final NotificationRepository notifications;

	OutboxWriter(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PaymentPaid paid) {
		this.notifications.save(Notification.readyFor(paid.paymentId(), paid.appId(), paid.env(), paid.paidAt()));
	}

}
