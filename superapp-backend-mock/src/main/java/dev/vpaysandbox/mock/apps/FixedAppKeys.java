package dev.vpaysandbox.mock.apps;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * appKeys chosen by the sandbox's user instead of generated, per env, so that CI can sign
 * with a key it knows before the sandbox starts. Rules: env {@code "0"} or {@code "1"}; a
 * key is 8 to 128 visible ASCII characters. No message ever holds a key.
 */
final class FixedAppKeys {

	private static final FixedAppKeys NONE = new FixedAppKeys(Map.of());

	private final Map<Env, Secret> keys;

	private FixedAppKeys(Map<Env, Secret> keys) {
		this.keys = Map.copyOf(keys);
	}

	/** No fixed key: both envs' keys are generated. */
	public static FixedAppKeys none() {
		return NONE;
	}

	/**
	 * The keys of a request or a configuration, by env code; with
	 * {@code blankMeansGenerated}, a blank key leaves its env's key generated (a
	 * configuration placeholder that nobody set).
	 * @throws IllegalArgumentException naming the env (never the key) that breaks a rule
	 */
	public static FixedAppKeys of(Map<String, String> byEnvCode, boolean blankMeansGenerated) {
		if (byEnvCode == null || byEnvCode.isEmpty()) {
			return NONE;
		}
		Map<Env, Secret> keys = new EnumMap<>(Env.class);
		byEnvCode.forEach((code, key) -> {
			Env env = env(code);
			if (key == null || key.isBlank()) {
				if (!blankMeansGenerated) {
					throw new IllegalArgumentException("the appKey of env " + code + " is empty");
				}
				return;
			}
			if (!key.matches("[\\x21-\\x7E]{8,128}")) {
				throw new IllegalArgumentException(
						"the appKey of env " + code + " must be 8-128 visible ASCII characters (no spaces)");
			}
			keys.put(env, Secret.of(key));
		});
		return keys.isEmpty() ? NONE : new FixedAppKeys(keys);
	}

	private static Env env(String code) {
		if ("0".equals(code)) {
			return Env.PRODUCTION;
		}
		if ("1".equals(code)) {
			return Env.SANDBOX;
		}
		throw new IllegalArgumentException("appKeys are given per env: \"0\" and \"1\" only");
	}

	/** The fixed key of an env, if one was given. */
	public Optional<Secret> of(Env env) {
		return Optional.ofNullable(this.keys.get(env));
	}

	/** Whether no key is fixed. */
	public boolean isEmpty() {
		return this.keys.isEmpty();
	}

	@Override
	public String toString() {
		return "FixedAppKeys" + this.keys.keySet();
	}

}
