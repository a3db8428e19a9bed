package dev.vpaysandbox.signing.diagnosis;

import java.util.Objects;

/**
 * One thing a verifier proved about a signature, with a sentence that tells the signer
 * what to change. Never contains a key or an expected signature.
 *
 * @param code the stable code
 * @param message the explanation
 */
public record Hint(HintCode code, String message) {

	public Hint {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

}
