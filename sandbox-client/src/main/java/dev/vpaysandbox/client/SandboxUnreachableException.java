package dev.vpaysandbox.client;

/** The sandbox did not answer: not running, wrong base URL, or the call timed out. */
public final class SandboxUnreachableException extends VpaySandboxException {

	SandboxUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
