package dev.vpaysandbox.mock.notify;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt as the control API shows it.
 *
 * @param attempt the attempt's number, from 1
 * @param copy 0 for the attempt itself, 1.. for its duplicates
 * @param kind SCHEDULED, MANUAL or DUPLICATE
 * @param instance the mock instance that made it
 * @param startedAt when it started
 * @param latencyMs milliseconds until the answer or failure
 * @param httpStatus the answer's status
 * @param outcome ACKNOWLEDGED, REFUSED, TIMEOUT, UNREACHABLE, DROPPED or LEASE_EXPIRED
 * @param error why it failed
 * @param faults the chaos faults that shaped it
 * @param keyUsed which appKey signed it (never the key)
 * @param url where it went
 * @param request the body sent, PayEventSig shortened: JSON, or text if it is not JSON
 * @param response the answer's body, truncated: JSON, or text if it is not JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AttemptView(int attempt, int copy, String kind, String instance, Instant startedAt, Long latencyMs,
		Integer httpStatus, String outcome, String error, String faults, String keyUsed, String url, Object request,
		Object response) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static AttemptView of(NotificationAttempt attempt) {
		return new AttemptView(attempt.attemptNo(), attempt.copyNo(), attempt.kind().name(), attempt.instance(),
				attempt.startedAt(), attempt.latencyMs(), attempt.httpStatus(), attempt.outcome().name(),
				attempt.error(), attempt.faults(), attempt.keyUsed(), attempt.url(), json(attempt.requestBody()),
				json(attempt.responseBody()));
	}

	/** A body as JSON when it is a JSON object or array, else as its text. */
	private static Object json(String body) {
		if (body == null || body.isBlank()) {
			return body;
		}
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null && node.isContainer()) ? node : body;
		}
		catch (JacksonException ex) {
			return body;
		}
	}

}
