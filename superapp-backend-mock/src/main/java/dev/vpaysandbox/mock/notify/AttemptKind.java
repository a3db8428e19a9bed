package dev.vpaysandbox.mock.notify;

/** Why an attempt was made. */
enum AttemptKind {

	/** The retry schedule's attempt (the first one included). */
	SCHEDULED,

	/** Redelivered by hand through the control API. */
	MANUAL,

	/** An extra copy sent with the first attempt (chaos {@code duplicate}). */
	DUPLICATE

}
