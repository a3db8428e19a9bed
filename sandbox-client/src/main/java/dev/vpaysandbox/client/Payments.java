package dev.vpaysandbox.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/**
 * The platform's payments: search them, read one with its verdict, refunds and
 * notification, wait for one to reach a state, and the recent pre-order checks.
 */
public final class Payments {

	private static final TypeReference<List<Payment>> LIST = new TypeReference<>() {
	};

	private static final TypeReference<List<CheckRecord>> CHECKS = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Payments(SandboxHttp http) {
		this.http = http;
	}

	/** The newest payments matching the query. */
	public List<Payment> search(PaymentQuery query) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/payments" + query.queryString(), null), LIST);
	}

	/**
	 * A payment with its refunds.
	 * @throws SandboxProblemException 404 if there is none
	 */
	public Payment get(String paymentId) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/payments/" + SandboxHttp.segment(paymentId), null),
				Payment.class);
	}

	/**
	 * The newest payment of an app's outTradeNo, if the platform accepted one (a refused
	 * call stores none).
	 */
	public Optional<Payment> find(String appId, String outTradeNo) {
		return search(PaymentQuery.of(appId, outTradeNo)).stream().findFirst();
	}

	/**
	 * Waits until a payment is in {@code status}, and returns it.
	 * @throws SandboxTimeoutException if it is not within {@code timeout}
	 */
	public Payment awaitStatus(String paymentId, PaymentStatus status, Duration timeout) {
		return Polling.until("payment " + paymentId + " " + status, timeout, () -> Optional.of(get(paymentId)),
				(payment) -> payment.status() == status);
	}

	/**
	 * Waits until the payment of an app's outTradeNo is in {@code status}, and returns
	 * it.
	 * @throws SandboxTimeoutException if it is not within {@code timeout}
	 */
	public Payment awaitStatus(String appId, String outTradeNo, PaymentStatus status, Duration timeout) {
		return Polling.until("payment of " + appId + " " + outTradeNo + " " + status, timeout,
				() -> find(appId, outTradeNo), (payment) -> payment.status() == status);
	}

	/**
	 * The newest pre-order checks, refused ones with their diagnosis; {@code null} appId:
	 * all apps.
	 */
	public List<CheckRecord> checks(String appId, int limit) {
		return SandboxHttp.read(this.http.admin("GET",
				"/sandbox/checks" + Queries.of("appId", appId, "limit", Integer.toString(limit)), null), CHECKS);
	}

}
