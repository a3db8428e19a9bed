package dev.vpaysandbox.client;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * What code2session gives a merchant backend for a login code.
 *
 * @param openid the user's openid in the app
 * @param sessionKey the session_key that signs the user's orders ({@code signature})
 * @param unionid the user's unionid
 */
public record Code2Session(String openid, Secret sessionKey, String unionid) {
}
