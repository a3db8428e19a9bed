package dev.vpaysandbox.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an answer a client can act on: an RFC 9457 problem detail with a
 * stable {@code type} ({@link Problems}), or, where {@link #envelope} says a path speaks
 * a protocol, that protocol's own error body. Bad input is a 4xx, never a 500; an
 * unexpected failure is a 500 that reveals nothing but is logged. Each service subclasses
 * it once, as its {@code @RestControllerAdvice}; filters reach it through the
 * {@code HandlerExceptionResolver} ({@link BodySizeLimitFilter}).
 */
public abstract class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	/**
	 * The body of an error at this path when the path speaks a protocol (e.g.
	 * {@code {"errcode","errmsg"}}), or empty for a problem detail.
	 * @param path the request URI
	 * @param status the answer's status
	 * @param reason what went wrong, in words
	 */
	protected Optional<Object> envelope(String path, HttpStatusCode status, String reason) {
		return Optional.empty();
	}

	/**
	 * Tomcat refuses a query string or form it cannot parse (e.g. {@code ?==}) only when
	 * a parameter is first read; that is the client's fault, not a 500.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	protected ResponseEntity<Object> malformedParameters(InvalidParameterException ex, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
						"the query string or form cannot be parsed"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	protected ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.atError()
			.setCause(ex)
			.addKeyValue("path", path(request))
			.addKeyValue("exception", ex.getClass().getName())
			.log("Unexpected failure");
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
						"the request failed unexpectedly; nothing was changed by the failing step"),
				new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.<String, Object>of("field", error.getField(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"the request breaks " + errors.size() + " rule(s); see errors");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"a parameter of the request has an invalid value"), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
						"parameter " + ex.getPropertyName() + " has an invalid value"),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
						"the body is not the JSON this endpoint expects (check field names, types and syntax)"),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Every answer passes here: framework errors (404, 405, 415 ...) get a stable type
	 * too, a 401 names the Bearer scheme, and a protocol path gets its envelope instead.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.updateAndGetBody(getMessageSource(), request.getLocale());
		}
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(status);
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(Problems.type(slugFor(status)));
		}
		HttpHeaders answerHeaders = new HttpHeaders();
		answerHeaders.addAll(headers);
		if (status.value() == HttpStatus.UNAUTHORIZED.value()
				&& !answerHeaders.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			answerHeaders.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		Optional<Object> envelope = envelope(path(request), status, reason(problem, status));
		if (envelope.isPresent()) {
			return ResponseEntity.status(status)
				.headers(answerHeaders)
				.contentType(MediaType.APPLICATION_JSON)
				.body(envelope.get());
		}
		return super.handleExceptionInternal(ex, problem, answerHeaders, status, request);
	}

	/**
	 * The slug of a problem the framework raised: {@code invalid-request} for any 400,
	 * {@code internal-error} for any 5xx, else the reason phrase ({@code not-found},
	 * {@code method-not-allowed}, {@code unsupported-media-type} ...).
	 */
	static String slugFor(HttpStatusCode status) {
		if (status.value() == HttpStatus.BAD_REQUEST.value()) {
			return "invalid-request";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		if (status.is5xxServerError() || known == null) {
			return "internal-error";
		}
		return known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	private static String reason(ProblemDetail problem, HttpStatusCode status) {
		if (problem.getDetail() != null) {
			return problem.getDetail();
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase().toLowerCase(Locale.ROOT) : "error " + status.value();
	}

	private static String path(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : "";
	}

}
