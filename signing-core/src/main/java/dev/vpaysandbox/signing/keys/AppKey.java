package dev.vpaysandbox.signing.keys;

import java.util.Objects;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * One version of an app's virtual-payment key for one env.
 *
 * @param env the env the key signs for
 * @param version increases by one at each rotation, starting at 1
 * @param secret the key text
 */
public record AppKey(Env env, int version, Secret secret) {

	public AppKey {
		Objects.requireNonNull(env, "env");
		Objects.requireNonNull(secret, "secret");
		if (version < 1) {
			throw new IllegalArgumentException("key version must be at least 1, was " + version);
		}
	}

}
