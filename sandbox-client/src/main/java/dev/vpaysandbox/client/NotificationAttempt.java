package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.Map;

/**
 * One attempt to deliver a notification.
 *
 * @param attempt its number, from 1
 * @param copy 0 for the attempt itself, 1.. for its chaos duplicates
 * @param kind SCHEDULED, MANUAL (a redelivery) or DUPLICATE
 * @param instance the sandbox instance that made it
 * @param startedAt when it started, by the sandbox's clock
 * @param latencyMs milliseconds until the answer or the failure
 * @param httpStatus the answer's status, or {@code null} without an answer
 * @param outcome ACKNOWLEDGED, REFUSED, TIMEOUT, UNREACHABLE, DROPPED or LEASE_EXPIRED
 * @param error why it failed, or {@code null}
 * @param faults the chaos faults that shaped it, or {@code null}
 * @param keyUsed which appKey signed it (never the key), e.g. {@code env 0 v1}
 * @param url where it went
 * @param request the body sent (PayEventSig shortened): a {@code Map} for JSON, else text
 * @param response the answer's body, truncated: a {@code Map} for JSON, else text
 */
public record NotificationAttempt(int attempt, int copy, String kind, String instance, Instant startedAt,
		Long latencyMs, Integer httpStatus, String outcome, String error, String faults, String keyUsed, String url,
		Object request, Object response) {

	/** Whether the merchant acknowledged this attempt. */
	public boolean acknowledged() {
		return "ACKNOWLEDGED".equals(this.outcome);
	}

	/**
	 * The body sent, when it was a JSON object: its members ({@code Event},
	 * {@code Payload}, ...), else none.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> requestMembers() {
		return (this.request instanceof Map<?, ?> members) ? Map.copyOf((Map<String, Object>) members) : Map.of();
	}

}
