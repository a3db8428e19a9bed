package dev.vpaysandbox.signing.diagnosis;

/**
 * What a verifier can tell a signer about a signature, each proven by recomputing or by
 * inspecting the input, never guessed.
 */
public enum HintCode {

	/** The hex had upper-case letters: accepted, but reported. */
	UPPER_CASE_HEX,

	/** The signature matched the previous key, still inside its grace window. */
	PREVIOUS_KEY_IN_GRACE,

	/** The signature matches the previous key, whose grace window has ended. */
	PREVIOUS_KEY_EXPIRED,

	/** The signature matches the other env's key. */
	OTHER_ENV_KEY,

	/** The signature matches the other JS API method (or the other app type's Event). */
	OTHER_METHOD,

	/**
	 * The signature matches the message without the {@code method&} prefix, or a
	 * mis-spelt prefix.
	 */
	METHOD_PREFIX,

	/**
	 * The signed text has whitespace outside strings: a JSON library re-serialized it.
	 */
	WHITESPACE,

	/**
	 * The signature matches another serialization of the same JSON, not the text
	 * received.
	 */
	RESERIALIZED,

	/** The signature matches the session_key of an earlier login of the same user. */
	STALE_SESSION,

	/**
	 * The signature matches the base64-decoded session_key instead of its literal text.
	 */
	SESSION_KEY_DECODED,

	/**
	 * The signature matches an empty body (or none, as for a GET), not the bytes posted.
	 */
	EMPTY_BODY

}
