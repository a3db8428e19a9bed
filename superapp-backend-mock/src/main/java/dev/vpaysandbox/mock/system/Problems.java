package dev.vpaysandbox.mock.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details of the mock's own endpoints, typed
 * {@code https://vpay-sandbox.dev/problems/<slug>}.
 */
public final class Problems {

	/** The prefix of every problem type. */
	public static final String TYPE_PREFIX = "https://vpay-sandbox.dev/problems/";

	private Problems() {
	}

	/** A problem detail with a typed slug. */
	public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + slug));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		return problem;
	}

	/** An exception that the web layer answers with this problem. */
	public static ErrorResponseException exception(HttpStatus status, String slug, String detail) {
		return new ErrorResponseException(status, of(status, slug, detail), null);
	}

	/** 404 {@code not-found}. */
	public static ErrorResponseException notFound(String detail) {
		return exception(HttpStatus.NOT_FOUND, "not-found", detail);
	}

	/** 409 {@code conflict}. */
	public static ErrorResponseException conflict(String detail) {
		return exception(HttpStatus.CONFLICT, "conflict", detail);
	}

	/** 400 {@code invalid-request}. */
	public static ErrorResponseException invalid(String detail) {
		return exception(HttpStatus.BAD_REQUEST, "invalid-request", detail);
	}

}
