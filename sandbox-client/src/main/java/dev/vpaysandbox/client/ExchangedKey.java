package dev.vpaysandbox.client;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * What the key exchange hands an app's backend: the current appKey of an env. The key is
 * a {@link Secret}, which never prints itself.
 *
 * @param appId the app
 * @param env the env
 * @param appKey the key
 * @param version its version, 1 until the first rotation
 */
public record ExchangedKey(String appId, Env env, Secret appKey, int version) {

	record Wire(String appId, int env, String appKey, int version) {

		ExchangedKey toKey() {
			return new ExchangedKey(this.appId, Env.of(this.env), Secret.of(this.appKey), this.version);
		}

	}

}
