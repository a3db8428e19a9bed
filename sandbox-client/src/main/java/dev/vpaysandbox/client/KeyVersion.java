package dev.vpaysandbox.client;

import java.time.Instant;

/**
 * One version of an app's appKey, without the key.
 *
 * @param env the env code
 * @param version the version
 * @param createdAt when it was made
 * @param acceptedUntil the end of its grace window once rotated out, or {@code null}
 */
public record KeyVersion(int env, int version, Instant createdAt, Instant acceptedUntil) {
}
