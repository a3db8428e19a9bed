package dev.vpaysandbox.order.order;

/** What asking to deliver an order did. */
public sealed interface DeliveryOutcome {

	/**
	 * This call delivered the order.
	 *
	 * @param late whether the order had expired before it was paid
	 */
	record Delivered(boolean late) implements DeliveryOutcome {
	}

	/** The order had been delivered before; nothing changed. */
	record AlreadyDelivered() implements DeliveryOutcome {
	}

	/**
	 * The order cannot be delivered any more; nothing changed.
	 *
	 * @param status where it stands (refunded before delivery)
	 */
	record NotDeliverable(OrderStatus status) implements DeliveryOutcome {
	}

}
