package dev.vpaysandbox.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad input or an unavailable dependency, answered with its {@link ProblemDetail}:
 * Spring's {@link ErrorResponseException} whose message is the problem's detail, which
 * the caller sees, so it never holds a secret. Named problems subclass it.
 */
public class ProblemException extends ErrorResponseException {

	/** An exception answered with this problem (see {@link Problems#of}). */
	public ProblemException(ProblemDetail problem) {
		super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
	}

	/**
	 * Adds a member to the problem detail, e.g. the platform's error code.
	 * @return this exception
	 */
	public ProblemException with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	/** The problem's detail. */
	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
