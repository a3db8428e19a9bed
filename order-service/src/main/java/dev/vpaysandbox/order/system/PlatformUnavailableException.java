package dev.vpaysandbox.order.system;

import org.springframework.http.HttpStatus;

/**
 * The platform could not be reached, timed out, failed, or answered something that is not
 * the protocol. The message names the base URL and the failure class, never a query
 * string (which carries the access_token).
 */
public class PlatformUnavailableException extends ApiProblem {

	public PlatformUnavailableException(String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "platform-unavailable", "Platform unavailable", detail);
	}

}
