package dev.vpaysandbox.client;

/**
 * Which notifications to list, newest first: every given filter must match ({@code null}
 * matches all).
 *
 * @param appId the app
 * @param status where they stand
 * @param outTradeNo their payment's outTradeNo
 * @param paymentId their payment
 * @param limit at most this many (1-500)
 */
public record NotificationQuery(String appId, NotificationStatus status, String outTradeNo, String paymentId,
		int limit) {

	/** The newest 50 notifications. */
	public static NotificationQuery newest() {
		return new NotificationQuery(null, null, null, null, 50);
	}

	/** The notification of a payment. */
	public static NotificationQuery ofPayment(String paymentId) {
		return new NotificationQuery(null, null, null, paymentId, 50);
	}

	/** The notifications of an app's outTradeNo. */
	public static NotificationQuery of(String appId, String outTradeNo) {
		return new NotificationQuery(appId, null, outTradeNo, null, 50);
	}

	/** Only notifications in this state. */
	public NotificationQuery status(NotificationStatus status) {
		return new NotificationQuery(this.appId, status, this.outTradeNo, this.paymentId, this.limit);
	}

	/** At most this many. */
	public NotificationQuery limit(int limit) {
		return new NotificationQuery(this.appId, this.status, this.outTradeNo, this.paymentId, limit);
	}

	String queryString() {
		return Queries.of("appId", this.appId, "status", (this.status != null) ? this.status.name() : null,
				"outTradeNo", this.outTradeNo, "paymentId", this.paymentId, "limit", Integer.toString(this.limit));
	}

}
