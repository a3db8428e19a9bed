package dev.vpaysandbox.signing.protocol;

/**
 * The payment environment a signData, key or notification belongs to: {@code 0}
 * production, {@code 1} sandbox (docs/protocol.md#keys-and-identifiers).
 */
public enum Env {

	PRODUCTION(0), SANDBOX(1);

	private final int code;

	Env(int code) {
		this.code = code;
	}

	/** The protocol's integer for this env. */
	public int code() {
		return this.code;
	}

	/** The other env, used to recognise a signature made with the wrong env's key. */
	public Env other() {
		return (this == PRODUCTION) ? SANDBOX : PRODUCTION;
	}

	/**
	 * The env for a protocol integer.
	 * @throws IllegalArgumentException unless {@code code} is 0 or 1
	 */
	public static Env of(long code) {
		if (code == 0) {
			return PRODUCTION;
		}
		if (code == 1) {
			return SANDBOX;
		}
		throw new IllegalArgumentException("env must be 0 or 1, was " + code);
	}

}
