package dev.vpaysandbox.mock.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
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
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an answer a client can act on, never a bare 500 for bad input:
 * the protocol's envelope on protocol paths, an RFC 9457 problem detail with a typed slug
 * everywhere else.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> concurrentUpdate(ConcurrencyFailureException ex, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.CONFLICT, "concurrent-update", "another request changed this record; retry"),
				new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	/**
	 * Tomcat refuses a query string or form it cannot parse (e.g. {@code ?==}) only when
	 * a parameter is first read; that is the client's fault, not a 500.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> malformedParameters(InvalidParameterException ex, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "the query string or form cannot be parsed"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.atError().setCause(ex).addKeyValue("path", path(request)).log("unexpected failure");
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "the mock failed unexpectedly"),
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
		ProblemDetail problem = Problems.of(status, "invalid-request", "the request has invalid fields");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(status, "invalid-request", "the request has invalid values"),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(status, "malformed-request",
						"the request body is missing, not JSON, or has a value of the wrong type"),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.getBody();
		}
		Optional<Map<String, Object>> envelope = ProtocolEnvelopes.forPath(path(request), reason(body, status));
		if (envelope.isPresent()) {
			return ResponseEntity.status(status)
				.headers(headers)
				.contentType(MediaType.APPLICATION_JSON)
				.body(envelope.get());
		}
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(status);
		if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
			problem.setType(URI.create(Problems.TYPE_PREFIX + slug(status)));
		}
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static String reason(Object body, HttpStatusCode status) {
		if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
			return problem.getDetail();
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase().toLowerCase(Locale.ROOT) : "error " + status.value();
	}

	private static String slug(HttpStatusCode status) {
		if (status.value() == HttpStatus.BAD_REQUEST.value()) {
			return "invalid-request";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-') : "error";
	}

	private static String path(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : "";
	}

}
