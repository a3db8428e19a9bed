package dev.vpaysandbox.order.keys;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * The current appKey of an (appId, env), as the key exchange answered it.
 *
 * @param env the env
 * @param key the key text
 * @param version the platform's version number of the key
 */
record ExchangedKey(Env env, Secret key, int version) {
}
