package dev.vpaysandbox.mock.notify;

/**
 * A notification that may be claimed now.
 *
 * @param id the notification
 * @param appId its app, for the per-app limit of attempts in flight
 */
record DueNotification(Long id, String appId) {
}
