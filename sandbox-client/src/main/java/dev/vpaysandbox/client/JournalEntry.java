package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.Map;

/**
 * One request to a protocol endpoint and its answer, secrets masked.
 *
 * @param id its number, increasing
 * @param at when the request came
 * @param method the HTTP method
 * @param path the path
 * @param query the query string, secrets masked
 * @param headers the {@code X-Sandbox-*} headers that steered it
 * @param appId the app it concerns, if known
 * @param outTradeNo the outTradeNo it concerns, if known
 * @param status the answer's HTTP status
 * @param latencyMs how long the sandbox took to answer
 * @param heldMs how long the answer was then held back (chaos {@code call-hang}), or
 * {@code null}
 * @param request the request body: a {@code Map} for JSON, else text
 * @param response the answer's body, likewise
 * @param truncated whether a body was too long to keep whole
 */
public record JournalEntry(long id, Instant at, String method, String path, String query, Map<String, String> headers,
		String appId, String outTradeNo, int status, long latencyMs, Long heldMs, Object request, Object response,
		boolean truncated) {
}
