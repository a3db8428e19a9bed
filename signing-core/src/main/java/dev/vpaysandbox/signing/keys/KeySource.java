package dev.vpaysandbox.signing.keys;

import java.util.Optional;

import dev.vpaysandbox.signing.protocol.Env;

/** Where a signer or verifier finds the keys of an (appId, env). */
@FunctionalInterface
public interface KeySource {

	/** The keys of the app in the env, or empty if it has none. */
	Optional<AppKeys> find(String appId, Env env);

}
