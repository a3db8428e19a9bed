package dev.vpaysandbox.client;

/**
 * A hint or a note a verifier proved: on a refused signature, what the mistake is; on an
 * accepted call, what was accepted anyway.
 *
 * @param code the stable code, e.g. {@code UPPER_CASE_HEX}, {@code STALE_SESSION},
 * {@code PREVIOUS_KEY_IN_GRACE}
 * @param message what to change
 */
public record Note(String code, String message) {
}
