package dev.vpaysandbox.mock.notify;

import dev.vpaysandbox.mock.payment.PaymentPaid;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wakes the dispatcher when a payment's transaction commits, so that its notification
 * leaves within milliseconds instead of at the next poll.
 */
@Component
class DispatchTrigger {

	private final Dispatcher dispatcher;

	DispatchTrigger(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void paid(PaymentPaid paid) {
		this.dispatcher.wake();
		this.dispatcher.wakeAt(OutboxWriter.firstDue(paid));
	}

}
