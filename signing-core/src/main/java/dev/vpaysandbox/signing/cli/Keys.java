package dev.vpaysandbox.signing.cli;

import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.signing.keys.Secret;

/** Where the CLI finds a key: its option, else its environment variable. */
final class Keys {

	static final String APP_KEY_VARIABLE = "VPAY_APP_KEY";

	static final String SESSION_KEY_VARIABLE = "VPAY_SESSION_KEY";

	private Keys() {
	}

	static Optional<Secret> fromOptionOrVariable(String option, String variable, Map<String, String> environment) {
		String value = (option != null) ? option : environment.get(variable);
		return Optional.ofNullable(value).filter((text) -> !text.isEmpty()).map(Secret::of);
	}

}
