package dev.vpaysandbox.mock.notify;

/** A verb of {@link Notification} that its current state does not allow. */
class IllegalNotificationTransitionException extends IllegalStateException {

	IllegalNotificationTransitionException(Long id, NotificationStatus status, String verb) {
		super("notification " + id + " is " + status + ": cannot " + verb);
	}

}
