package dev.vpaysandbox.mock.login;

import java.time.Instant;

/**
 * A user who logged in to an app, as the control API lists users.
 *
 * @param userId the host app's user id
 * @param openid the user's openid in the app
 * @param unionid the user's unionid
 * @param logins how many sessions code2session opened
 * @param lastLoginAt when the current session opened
 */
record UserSummary(String userId, String openid, String unionid, long logins, Instant lastLoginAt) {
}
