package dev.vpaysandbox.order.session;

import dev.vpaysandbox.order.system.ApiProblem;

import org.springframework.http.HttpStatus;

/** The request carries no session token, or one that is unknown or expired. */
class SessionRequiredException extends ApiProblem {

	SessionRequiredException(String detail) {
		super(HttpStatus.UNAUTHORIZED, "session-required", "Session required", detail);
	}

}
