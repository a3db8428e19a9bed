package dev.vpaysandbox.mock.notify;

import java.util.Locale;

/** How one attempt ended. Only {@link #ACKNOWLEDGED} is a success. */
enum AttemptOutcome {

	/** HTTP 200 with {@code returnCode "0"}. */
	ACKNOWLEDGED,

	/** Answered, but not with HTTP 200 and {@code returnCode "0"}. */
	REFUSED,

	/** No answer within the timeout (3 s). */
	TIMEOUT,

	/** No connection: refused, unknown host, bad URL. */
	UNREACHABLE,

	/** Recorded but deliberately not sent (chaos {@code drop}). */
	DROPPED,

	/** Claimed by an instance whose lease expired before it reported: outcome unknown. */
	LEASE_EXPIRED;

	/** The metric tag, e.g. {@code acknowledged}. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
