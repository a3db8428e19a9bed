package dev.vpaysandbox.client;

/**
 * An OpenServer call answered a non-zero {@code errcode} (for example 40029: the login
 * code is unknown, used, or older than five minutes).
 */
public final class ProtocolErrorException extends VpaySandboxException {

	private final int errcode;

	private final String errmsg;

	ProtocolErrorException(String call, int errcode, String errmsg) {
		super(call + " answered errcode " + errcode + ": " + errmsg, null);
		this.errcode = errcode;
		this.errmsg = errmsg;
	}

	/** The protocol's error code. */
	public int errcode() {
		return this.errcode;
	}

	/** The protocol's error message. */
	public String errmsg() {
		return this.errmsg;
	}

}
