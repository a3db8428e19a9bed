package dev.vpaysandbox.order.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.web.ProblemDetailsHandler;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * order-service's errors: RFC 9457 problem details on its own endpoints, and on the
 * notification receiver ({@code /notify/}), which the platform calls, the protocol's
 * envelope with the status as its non-zero {@code returnCode}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsHandler {

	private static final String NOTIFY_PREFIX = "/notify/";

	@Override
	protected Optional<Object> envelope(String path, HttpStatusCode status, String reason) {
		if (!path.startsWith(NOTIFY_PREFIX)) {
			return Optional.empty();
		}
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("returnCode", String.valueOf(status.value()));
		envelope.put("returnMessage", reason);
		envelope.put("data", null);
		envelope.put("requestId", null);
		return Optional.of(envelope);
	}

}
