package dev.vpaysandbox.order.platform;

/** A platform call failed with a protocol error code the caller cannot handle. */
class PlatformCallException extends RuntimeException {

	private final transient PlatformError error;

	PlatformCallException(String call, PlatformError error) {
		super(call + " failed with errcode " + error.errcode() + " (" + error.errmsg() + ")");
		this.error = error;
	}

	/** The platform's error. */
	public PlatformError error() {
		return this.error;
	}

}
