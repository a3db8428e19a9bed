package dev.vpaysandbox.mock.chaos;

/** A scenario text that does not parse; the message says what is wrong in it. */
public class InvalidScenarioException extends IllegalArgumentException {

	InvalidScenarioException(String message) {
		super(message);
	}

}
