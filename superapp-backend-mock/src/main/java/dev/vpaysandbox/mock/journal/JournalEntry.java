package dev.vpaysandbox.mock.journal;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One request to a protocol endpoint and its answer, secrets masked.
 *
 * @param id its number, increasing
 * @param at when the request came
 * @param method the HTTP method
 * @param path the path
 * @param query the query string, secrets masked
 * @param headers the sandbox headers that steered it ({@code X-Sandbox-*})
 * @param appId the app it concerns, if known
 * @param outTradeNo the outTradeNo it concerns, if known
 * @param status the answer's HTTP status
 * @param latencyMs how long the mock took to answer
 * @param heldMs how long the answer was then held back (chaos {@code call-hang})
 * @param request the request body: JSON when it is JSON, else text, secrets masked
 * @param response the answer's body, likewise
 * @param truncated whether a body was too long to keep whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JournalEntry(long id, Instant at, String method, String path, String query, Map<String, String> headers,
		String appId, String outTradeNo, int status, long latencyMs, Long heldMs, Object request, Object response,
		boolean truncated) {
}
