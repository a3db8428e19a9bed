package dev.vpaysandbox.order.order;

/** What recording a full refund did. */
sealed interface RefundOutcome {

	/**
	 * This call marked the order refunded.
	 *
	 * @param revoked whether granted items were taken back
	 */
	record Refunded(boolean revoked) implements RefundOutcome {
	}

	/** The order was already refunded; nothing changed. */
	record AlreadyRefunded() implements RefundOutcome {
	}

}
