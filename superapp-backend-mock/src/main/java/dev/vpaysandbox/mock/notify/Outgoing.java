package dev.vpaysandbox.mock.notify;

/**
 * One copy of a notification about to be sent (or dropped).
 *
 * @param copyNo 0 for the attempt itself, 1.. for duplicates
 * @param kind why it is sent
 * @param url the app's notify URL
 * @param body the exact JSON body
 * @param maskedBody the body with PayEventSig shortened, for the attempt's row
 * @param faults the chaos faults that shaped it, or {@code null}
 * @param keyUsed which appKey signed it, e.g. {@code env 0 v1}
 */
record Outgoing(int copyNo, AttemptKind kind, String url, String body, String maskedBody, String faults,
		String keyUsed) {
}
