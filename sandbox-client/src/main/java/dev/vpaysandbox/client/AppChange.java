package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change of an app ({@code PATCH /sandbox/apps/{appId}}): what is {@code null} stays as
 * it is.
 *
 * @param notifyUrl a new notify URL
 * @param paymentEnabled whether the pre-order check accepts its payments
 * @param currencies its enabled currencies
 */
public record AppChange(String notifyUrl, Boolean paymentEnabled, List<String> currencies) {

	/** Moves the app's delivery notifications to another URL. */
	public static AppChange notifyUrl(String notifyUrl) {
		return new AppChange(notifyUrl, null, null);
	}

	/** Turns the app's payments on or off (off: the pre-order check refuses, 403). */
	public static AppChange paymentEnabled(boolean enabled) {
		return new AppChange(null, enabled, null);
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		if (this.notifyUrl != null) {
			body.put("notifyUrl", this.notifyUrl);
		}
		if (this.paymentEnabled != null) {
			body.put("paymentEnabled", this.paymentEnabled);
		}
		if (this.currencies != null) {
			body.put("currencies", this.currencies);
		}
		return body;
	}

}
