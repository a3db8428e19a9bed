package dev.vpaysandbox.mock;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * A logged-in user as the merchant backend knows them.
 *
 * @param appId the app
 * @param userId the host app's user
 * @param openid the openid code2session gave
 * @param sessionKey the session_key code2session gave
 */
record Session(String appId, String userId, String openid, Secret sessionKey) {
}
