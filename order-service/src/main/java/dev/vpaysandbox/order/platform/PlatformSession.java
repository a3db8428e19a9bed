package dev.vpaysandbox.order.platform;

import java.util.Objects;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * What code2session answered for a login: the user's openid and the session_key that
 * signs their orders (kept server-side, never sent to the front end).
 *
 * @param openid the user's stable id within the app
 * @param sessionKey the session_key, used as literal text
 * @param unionid the user's id across apps, or {@code null}
 */
public record PlatformSession(String openid, Secret sessionKey, String unionid) {

	public PlatformSession {
		Objects.requireNonNull(openid, "openid");
		Objects.requireNonNull(sessionKey, "sessionKey");
	}

}
