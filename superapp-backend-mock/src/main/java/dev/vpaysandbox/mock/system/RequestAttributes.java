package dev.vpaysandbox.mock.system;

/** Request attributes that one feature sets and another reads. */
public final class RequestAttributes {

	/** How long a payment call's answer is held back (a {@code java.time.Duration}). */
	public static final String HOLD = "dev.vpaysandbox.mock.hold";

	private RequestAttributes() {
	}

}
