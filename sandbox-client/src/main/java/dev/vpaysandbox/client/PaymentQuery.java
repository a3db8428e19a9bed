package dev.vpaysandbox.client;

/**
 * Which payments to list, newest first: every given filter must match ({@code null}
 * matches all).
 *
 * @param appId the app
 * @param status the state
 * @param outTradeNo the merchant's order number
 * @param limit at most this many (1-500)
 */
public record PaymentQuery(String appId, PaymentStatus status, String outTradeNo, int limit) {

	/** The newest 50 payments of every app. */
	public static PaymentQuery newest() {
		return new PaymentQuery(null, null, null, 50);
	}

	/** The payments of an app's outTradeNo (one per env at most). */
	public static PaymentQuery of(String appId, String outTradeNo) {
		return new PaymentQuery(appId, null, outTradeNo, 50);
	}

	/** Only payments of an app. */
	public PaymentQuery app(String appId) {
		return new PaymentQuery(appId, this.status, this.outTradeNo, this.limit);
	}

	/** Only payments in this state. */
	public PaymentQuery status(PaymentStatus status) {
		return new PaymentQuery(this.appId, status, this.outTradeNo, this.limit);
	}

	/** At most this many. */
	public PaymentQuery limit(int limit) {
		return new PaymentQuery(this.appId, this.status, this.outTradeNo, limit);
	}

	String queryString() {
		return Queries.of("appId", this.appId, "status", (this.status != null) ? this.status.name() : null,
				"outTradeNo", this.outTradeNo, "limit", Integer.toString(this.limit));
	}

}
