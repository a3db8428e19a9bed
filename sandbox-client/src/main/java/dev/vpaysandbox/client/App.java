package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * An app as the control API shows it: never its secret or keys.
 *
 * @param appId the app id
 * @param type what it is
 * @param offerId its offerId, or {@code null}
 * @param currencies its enabled currencies
 * @param notifyUrl where its delivery notifications go
 * @param paymentEnabled whether the pre-order check accepts its payments
 * @param createdAt when it was registered
 */
public record App(String appId, AppType type, String offerId, List<String> currencies, String notifyUrl,
		boolean paymentEnabled, Instant createdAt) {

	/** The JS payment API's {@code mode} beside signData: set for mini programs only. */
	public String modeBesideSignData() {
		return (this.type == AppType.MINI_PROGRAM) ? "short_series_goods" : null;
	}

	record Wire(String appId, String type, String offerId, List<String> currencies, String notifyUrl,
			boolean paymentEnabled, Instant createdAt) {

		App toApp() {
			return new App(this.appId, AppType.fromWireName(this.type), this.offerId, this.currencies, this.notifyUrl,
					this.paymentEnabled, this.createdAt);
		}

	}

}
