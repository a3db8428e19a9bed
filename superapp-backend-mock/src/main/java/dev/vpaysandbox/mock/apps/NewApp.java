package dev.vpaysandbox.mock.apps;

import java.util.List;
import java.util.Objects;

/**
 * What registers an app; validated by the caller.
 *
 * @param appId the app id
 * @param appSecret its secret
 * @param type its type
 * @param offerId its offerId, required for mini programs
 * @param currencies the enabled currencies
 * @param notifyUrl where delivery notifications go
 * @param appKeys the appKeys chosen for it, if any; the others are generated
 */
record NewApp(String appId, String appSecret, AppType type, String offerId, List<String> currencies, String notifyUrl,
		FixedAppKeys appKeys) {

	public NewApp {
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(appSecret, "appSecret");
		Objects.requireNonNull(type, "type");
		currencies = List.copyOf(currencies);
		Objects.requireNonNull(notifyUrl, "notifyUrl");
		appKeys = (appKeys != null) ? appKeys : FixedAppKeys.none();
	}

	/** An app whose appKeys are generated. */
	public NewApp(String appId, String appSecret, AppType type, String offerId, List<String> currencies,
			String notifyUrl) {
		this(appId, appSecret, type, offerId, currencies, notifyUrl, FixedAppKeys.none());
	}

	@Override
	public String toString() {
		return "NewApp[" + this.appId + ", " + this.type + "]";
	}

}
