package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * A user with the newest sessions, never their keys.
 *
 * @param userId the host app's user id
 * @param openid the openid in the app
 * @param lastLoginAt when the current session opened
 * @param sessions the newest sessions, current first
 */
public record UserDetail(String userId, String openid, Instant lastLoginAt, List<Session> sessions) {

	/**
	 * One session.
	 *
	 * @param openid the openid
	 * @param createdAt when code2session opened it
	 * @param current whether it is the user's current one
	 */
	public record Session(String openid, Instant createdAt, boolean current) {
	}

}
