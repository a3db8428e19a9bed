package dev.vpaysandbox.e2e.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a JS payment call is sent: whether the user pays at once or the payment waits at
 * the cashier, and any further request headers, such as one that selects a scenario of
 * the mock for this payment.
 */
public final class PaymentOptions {

	private static final String CASHIER_HEADER = "X-Sandbox-Cashier";

	private final Map<String, String> headers;

	private PaymentOptions(Map<String, String> headers) {
		this.headers = Map.copyOf(headers);
	}

	/** The sandbox user pays at once (the mock's default). */
	public static PaymentOptions payAtOnce() {
		return new PaymentOptions(Map.of());
	}

	/** The payment waits at the cashier until someone pays, cancels or fails it. */
	public static PaymentOptions waitAtCashier() {
		return new PaymentOptions(Map.of(CASHIER_HEADER, "pending"));
	}

	/** These options plus a request header, e.g. one naming a scenario of the mock. */
	public PaymentOptions withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new PaymentOptions(more);
	}

	Map<String, String> headers() {
		return this.headers;
	}

}
