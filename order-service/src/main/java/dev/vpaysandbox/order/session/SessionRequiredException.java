package dev.vpaysandbox.order.session;

import dev.vpaysandbox.web.ProblemException;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;

/** The request carries no session token, or one that is unknown or expired. */
class SessionRequiredException extends ProblemException {

	SessionRequiredException(String detail) {
		super(Problems.of(HttpStatus.UNAUTHORIZED, "session-required", "Session required", detail));
	}

}
