package dev.vpaysandbox.client;

import java.util.Map;

/**
 * The cashier of a payment that waits there (a call made
 * {@link PaymentRequest#waitingAtCashier()}): what it shows, and the user's three
 * choices.
 */
public final class Cashier {

	private final SandboxHttp http;

	Cashier(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * What the cashier shows for a payment ({@code GET /sandbox/cashier/{paymentId}}).
	 * @throws SandboxProblemException 404 if there is no such payment
	 */
	public CashierView view(String paymentId) {
		Answer answer = SandboxHttp
			.expectSuccess(this.http.open("GET", "/sandbox/cashier/" + SandboxHttp.segment(paymentId), null, Map.of()));
		return SandboxHttp.read(answer, CashierView.class);
	}

	/**
	 * The user pays: the payment is PAID and its notification goes out.
	 * @throws SandboxProblemException 409 {@code payment-not-pending} unless it is
	 * PENDING
	 */
	public Payment pay(String paymentId) {
		return act(paymentId, "pay");
	}

	/** The user cancels: CLOSED, the callback's errCode -2, nothing delivered. */
	public Payment cancel(String paymentId) {
		return act(paymentId, "cancel");
	}

	/** The payment fails: CLOSED, the callback's errCode -1, nothing delivered. */
	public Payment fail(String paymentId) {
		return act(paymentId, "fail");
	}

	private Payment act(String paymentId, String action) {
		return SandboxHttp.read(
				this.http.admin("POST", "/sandbox/payments/" + SandboxHttp.segment(paymentId) + "/" + action, null),
				Payment.class);
	}

}
