package dev.vpaysandbox.client;

/**
 * Something the sandbox refused or could not answer: a problem detail of the control API
 * ({@link SandboxProblemException}), a protocol error code of OpenServer
 * ({@link ProtocolErrorException}), no answer at all
 * ({@link SandboxUnreachableException}), or a state that did not come in time
 * ({@link SandboxTimeoutException}). A refused JS payment call is no exception: it is a
 * {@link JsApiResult}.
 */
public abstract sealed class VpaySandboxException extends RuntimeException
		permits SandboxProblemException, ProtocolErrorException, SandboxUnreachableException, SandboxTimeoutException {

	VpaySandboxException(String message, Throwable cause) {
		super(message, cause);
	}

}
