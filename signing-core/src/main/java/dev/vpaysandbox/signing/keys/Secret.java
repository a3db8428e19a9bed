package dev.vpaysandbox.signing.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

/**
 * A secret text (appKey, session_key, appSecret) used as the literal UTF-8 bytes of an
 * HMAC key. Its {@link #toString()} never prints the value, so a secret that ends up in a
 * log line or an exception message stays masked.
 */
public final class Secret {

	private final String value;

	private final SecretKeySpec hmacKey;

	private Secret(String value) {
		Objects.requireNonNull(value, "secret");
		if (value.isEmpty()) {
			throw new IllegalArgumentException("a secret must not be empty");
		}
		this.value = value;
		this.hmacKey = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * Wraps a secret text.
	 * @throws IllegalArgumentException if it is empty
	 */
	public static Secret of(String value) {
		return new Secret(value);
	}

	/** The secret text itself: call only to hand it to its rightful owner. */
	public String reveal() {
		return this.value;
	}

	/** The secret as an HMAC-SHA256 key over its UTF-8 bytes, built once. */
	public SecretKeySpec hmacKey() {
		return this.hmacKey;
	}

	/**
	 * Compares in constant time, so that checking a presented appSecret against the
	 * stored one reveals nothing through timing.
	 */
	@Override
	public boolean equals(Object other) {
		return (other instanceof Secret secret) && MessageDigest.isEqual(this.value.getBytes(StandardCharsets.UTF_8),
				secret.value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return "Secret[****]";
	}

}
