package dev.vpaysandbox.order.session;

import java.util.Objects;

/**
 * The user a valid session token names. A controller parameter of this type requires a
 * {@code Authorization: Bearer <token>} header; without a valid one the request is a 401.
 *
 * @param appId the app the user logged in to
 * @param openid the user's id within the app
 */
public record AuthenticatedUser(String appId, String openid) {

	public AuthenticatedUser {
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(openid, "openid");
	}

}
