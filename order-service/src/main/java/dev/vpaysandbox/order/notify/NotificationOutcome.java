package dev.vpaysandbox.order.notify;

/**
 * What the receiver did with one delivery notification; the web layer maps it to the
 * protocol's answer. Every success (including a duplicate) is HTTP 200 with
 * {@code returnCode "0"}; a rejection is a 4xx with a non-zero code, and the platform
 * tries again later.
 */
sealed interface NotificationOutcome {

	/** The name recorded and counted, e.g. {@code DELIVERED}. */
	String name();

	/**
	 * The notification delivered the order.
	 *
	 * @param late whether the order had expired before it was paid (flagged)
	 */
	record Delivered(boolean late) implements NotificationOutcome {

		@Override
		public String name() {
			return this.late ? "DELIVERED_LATE" : "DELIVERED";
		}

	}

	/** The order had already been delivered: same success, nothing changed. */
	record Duplicate() implements NotificationOutcome {

		@Override
		public String name() {
			return "DUPLICATE";
		}

	}

	/**
	 * Genuine, but there is nothing to deliver (the order was refunded first): success,
	 * so the platform stops pushing.
	 *
	 * @param reason why
	 */
	record Ignored(String reason) implements NotificationOutcome {

		@Override
		public String name() {
			return "IGNORED";
		}

	}

	/**
	 * Refused; nothing was delivered.
	 *
	 * @param rejection the kind of refusal
	 * @param reason what was wrong, without secrets or signatures
	 */
	record Rejected(Rejection rejection, String reason) implements NotificationOutcome {

		@Override
		public String name() {
			return this.rejection.name();
		}

	}

	/** The kinds of refusal, each with its HTTP status and non-zero returnCode. */
	enum Rejection {

		/** Not the protocol's envelope or Payload. */
		MALFORMED(400),

		/** PayEventSig verifies with no accepted key. */
		BAD_SIGNATURE(401),

		/** Genuine, but no order has this OutTradeNo. */
		UNKNOWN_ORDER(404),

		/** Genuine, but its content differs from the order. */
		MISMATCH(422),

		/** Concurrent changes kept the order from being delivered now. */
		RETRY_LATER(503);

		private final int status;

		Rejection(int status) {
			this.status = status;
		}

		int status() {
			return this.status;
		}

		String returnCode() {
			return String.valueOf(this.status);
		}

	}

}
