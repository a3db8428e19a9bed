package dev.vpaysandbox.client;

/**
 * A state that a call waited for did not come within its time; the message says what was
 * seen last.
 */
public final class SandboxTimeoutException extends VpaySandboxException {

	SandboxTimeoutException(String message) {
		super(message, null);
	}

}
