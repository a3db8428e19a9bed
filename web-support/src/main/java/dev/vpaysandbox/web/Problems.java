package dev.vpaysandbox.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details of both services' own endpoints, typed
 * {@code https://vpay-sandbox.dev/problems/<slug>}. Throw what {@link #exception} makes,
 * or a subclass of {@link ProblemException}; the service's {@link ProblemDetailsHandler}
 * answers it.
 */
public final class Problems {

	/** The prefix of every problem type. */
	public static final String TYPE_PREFIX = "https://vpay-sandbox.dev/problems/";

	private Problems() {
	}

	/** The type URI of a slug. */
	public static URI type(String slug) {
		return URI.create(TYPE_PREFIX + slug);
	}

	/** A problem titled with the status's reason phrase. */
	public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return of(status, slug, (known != null) ? known.getReasonPhrase() : "Error", detail);
	}

	/** A problem with its own title. */
	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	/** An exception answered with this problem, titled with the reason phrase. */
	public static ProblemException exception(HttpStatus status, String slug, String detail) {
		return new ProblemException(of(status, slug, detail));
	}

	/** An exception answered with this problem. */
	public static ProblemException exception(HttpStatus status, String slug, String title, String detail) {
		return new ProblemException(of(status, slug, title, detail));
	}

	/** 404 {@code not-found}. */
	public static ProblemException notFound(String detail) {
		return exception(HttpStatus.NOT_FOUND, "not-found", detail);
	}

	/** 409 {@code conflict}. */
	public static ProblemException conflict(String detail) {
		return exception(HttpStatus.CONFLICT, "conflict", detail);
	}

	/** 400 {@code invalid-request}. */
	public static ProblemException invalid(String detail) {
		return exception(HttpStatus.BAD_REQUEST, "invalid-request", detail);
	}

}
