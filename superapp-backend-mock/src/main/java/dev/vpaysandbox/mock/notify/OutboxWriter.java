package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.vpaysandbox.mock.chaos.Fault;
import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.payment.PaymentPaid;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a paid payment's notification row inside the transaction that marks it paid
 * (transactional outbox): both commit or neither does, and the unique payment_id keeps it
 * to one row per payment. It is due at once, unless chaos delays it ({@code delay}) or
 * holds it for the app's next notification ({@code reverse}, when none is held yet).
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
		Optional<Duration> hold = paid.faults()
			.find(FaultType.REVERSE)
			.map(Fault::duration)
			.filter((maxHold) -> !this.notifications.existsByAppIdAndHeldTrueAndStatus(paid.appId(),
					NotificationStatus.READY));
		Instant due = firstDue(paid).plus(hold.orElse(Duration.ZERO));
		this.notifications.save(Notification.readyFor(paid.paymentId(), paid.appId(), paid.env(), paid.paidAt(), due,
				hold.isPresent()));
	}

	/** When a payment's first attempt is due, unless it is held. */
	static Instant firstDue(PaymentPaid paid) {
		return paid.paidAt().plus(paid.faults().find(FaultType.DELAY).map(Fault::duration).orElse(Duration.ZERO));
	}

}
