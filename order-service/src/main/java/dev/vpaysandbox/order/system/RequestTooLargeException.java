package dev.vpaysandbox.order.system;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
public class RequestTooLargeException extends IOException {

	RequestTooLargeException(long limit) {
		super("request body exceeds " + limit + " bytes");
	}

	/** Whether this exception is among the causes of a failure. */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTooLargeException) {
				return true;
			}
		}
		return false;
	}

}
