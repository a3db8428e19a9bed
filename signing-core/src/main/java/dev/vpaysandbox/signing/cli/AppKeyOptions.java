package dev.vpaysandbox.signing.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import picocli.CommandLine.Option;

/**
 * The appKeys a command verifies with: the current key from {@code --app-key} or
 * {@code VPAY_APP_KEY}, and, to let a diagnosis recognise them, the previous key (still
 * inside its grace window) and the other env's key.
 */
final class AppKeyOptions {

	/** The app the command line's keys are registered for. */
	static final String APP_ID = "cli";

	@Option(names = "--app-key", paramLabel = "KEY",
			description = "The appKey of the env (default: $VPAY_APP_KEY; prefer it: options show in ps).")
	String appKey;

	@Option(names = "--previous-app-key", paramLabel = "KEY",
			description = "The appKey before the last rotation, accepted as if inside its grace window.")
	String previousAppKey;

	@Option(names = "--other-env-app-key", paramLabel = "KEY",
			description = "The other env's appKey, only to recognise a signature made with it.")
	String otherEnvAppKey;

	/** The current appKey, if the option or the variable gives one. */
	Optional<Secret> current(Map<String, String> environment) {
		return Keys.fromOptionOrVariable(this.appKey, Keys.APP_KEY_VARIABLE, environment);
	}

	/**
	 * A ring holding these keys for {@link #APP_ID}: the current one in {@code env} (as
	 * version 2 after the previous one, if given) and the other env's.
	 */
	KeyRing ring(Secret current, Env env, Clock clock) {
		KeyRing ring = new KeyRing(clock);
		if (this.previousAppKey != null) {
			ring.register(APP_ID, env, Secret.of(this.previousAppKey));
			ring.rotate(APP_ID, env, current, Duration.ofDays(1));
		}
		else {
			ring.register(APP_ID, env, current);
		}
		if (this.otherEnvAppKey != null) {
			ring.register(APP_ID, env.other(), Secret.of(this.otherEnvAppKey));
		}
		return ring;
	}

}
