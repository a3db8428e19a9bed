package dev.vpaysandbox.order.system;

import dev.vpaysandbox.web.ProblemException;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;

/**
 * The platform could not be reached, timed out, failed, or answered something that is not
 * the protocol. The message names the base URL and the failure class, never a query
 * string (which carries the access_token).
 */
public class PlatformUnavailableException extends ProblemException {

	public PlatformUnavailableException(String detail) {
		super(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "platform-unavailable", "Platform unavailable", detail));
	}

}
