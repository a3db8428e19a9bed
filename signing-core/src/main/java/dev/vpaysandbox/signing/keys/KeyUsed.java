package dev.vpaysandbox.signing.keys;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * Names a key without revealing it: what a verifier reports when it says which key
 * matched, or which key it tried.
 *
 * @param kind app key or session key
 * @param env the app key's env; {@code null} for a session key
 * @param version the app key's version; 0 for a session key
 * @param previous whether this is the previous key of a rotation, or a stale session key
 */
public record KeyUsed(Kind kind, Env env, int version, boolean previous) {

	/** Names the current or previous version of an app key. */
	public static KeyUsed appKey(AppKey key, boolean previous) {
		return new KeyUsed(Kind.APP_KEY, key.env(), key.version(), previous);
	}

	/** Names the user's current session key. */
	public static KeyUsed currentSessionKey() {
		return new KeyUsed(Kind.SESSION_KEY, null, 0, false);
	}

	/**
	 * Names the key for people, e.g. {@code appKey env 1 version 2 (previous)}; never
	 * shows the key itself.
	 */
	public String describe() {
		if (this.kind == Kind.SESSION_KEY) {
			return "the user's current session_key";
		}
		return "appKey env " + this.env.code() + " version " + this.version + (this.previous ? " (previous)" : "");
	}

	/** What sort of key. */
	public enum Kind {

		APP_KEY, SESSION_KEY

	}

}
