package dev.vpaysandbox.mock.system;

import java.util.Optional;

import dev.vpaysandbox.web.ProblemDetailsHandler;
import dev.vpaysandbox.web.Problems;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The mock's errors: the protocol's envelope on protocol paths
 * ({@link ProtocolEnvelopes}), an RFC 9457 problem detail everywhere else.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ProblemDetailsHandler {

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> concurrentUpdate(ConcurrencyFailureException ex, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.CONFLICT, "concurrent-update", "another request changed this record; retry"),
				new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@Override
	protected Optional<Object> envelope(String path, HttpStatusCode status, String reason) {
		return ProtocolEnvelopes.forPath(path, reason).map(Object.class::cast);
	}

}
