package dev.vpaysandbox.client;

import java.time.Instant;

/**
 * A rotation's result, without keys.
 *
 * @param appId the app
 * @param env the env code
 * @param version the new current version
 * @param previousVersion the version still accepted in the grace window
 * @param previousAcceptedUntil the end of the grace window
 */
public record KeyRotation(String appId, int env, int version, int previousVersion, Instant previousAcceptedUntil) {
}
