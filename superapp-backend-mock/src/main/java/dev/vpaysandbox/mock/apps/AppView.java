package dev.vpaysandbox.mock.apps;

import java.time.Instant;
import java.util.List;

/**
 * An app as the control API shows it: never its secret or keys.
 *
 * @param appId the app id
 * @param type {@code mini-game} or {@code mini-program}
 * @param offerId its offerId, or {@code null}
 * @param currencies its enabled currencies
 * @param notifyUrl where delivery notifications go
 * @param paymentEnabled whether the pre-order check accepts payments
 * @param createdAt when it was registered
 */
record AppView(String appId, String type, String offerId, List<String> currencies, String notifyUrl,
		boolean paymentEnabled, Instant createdAt) {

	static AppView of(App app) {
		return new AppView(app.appId(), app.type().wireName(), app.offerId(), app.currencies(), app.notifyUrl(),
				app.paymentEnabled(), app.createdAt());
	}

}
