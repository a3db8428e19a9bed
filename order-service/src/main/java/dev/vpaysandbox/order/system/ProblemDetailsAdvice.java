package dev.vpaysandbox.order.system;

import java.util.List;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error on our own endpoints into an RFC 9457 problem detail with a stable
 * {@code type}; bad input is a 4xx, and an unexpected failure a bare 500 that reveals
 * nothing.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		body.setType(ApiProblem.type(problem.slug()));
		body.setTitle(problem.title());
		problem.properties().forEach(body::setProperty);
		HttpHeaders headers = new HttpHeaders();
		if (problem.status() == HttpStatus.UNAUTHORIZED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return ResponseEntity.status(problem.status()).headers(headers).body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return apiProblem(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"parameter " + ex.getName() + " has an invalid value"));
	}

	/**
	 * Tomcat refuses a query string or form it cannot parse (e.g. {@code ?==}) only when
	 * a parameter is first read; that is the client's fault, not a 500.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> malformedParameters(InvalidParameterException ex) {
		return apiProblem(new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
				"the query string or form cannot be parsed"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.atError().setCause(ex).addKeyValue("exception", ex.getClass().getName()).log("Unexpected failure");
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"the request failed unexpectedly; nothing was changed by the failing step");
		body.setType(ApiProblem.type("internal-error"));
		body.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(body);
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
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"the request breaks " + errors.size() + " rule(s); see errors");
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"a parameter breaks a rule: " + ex.getMessage()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestTooLargeException.causedBy(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
						"the request body exceeds the configured limit"));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
					"the body is not the JSON this endpoint expects (check field names, types and syntax)"));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Framework errors (404, 405, 415, missing parameters ...) get a stable type too.
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.updateAndGetBody(getMessageSource(), request.getLocale());
		}
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ApiProblem.type(slugFor(statusCode)));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static String slugFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "request-too-large";
			case 415 -> "unsupported-media-type";
			default -> status.is4xxClientError() ? "invalid-request" : "internal-error";
		};
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(ApiProblem.type(slug));
		body.setTitle(title);
		return body;
	}

}
