package dev.vpaysandbox.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks the sandbox again and again until an answer satisfies a condition: the control API
 * has no push, and an integrator's test should not need a polling library for this.
 */
final class Polling {

	private static final Duration INTERVAL = Duration.ofMillis(100);

	private Polling() {
	}

	/**
	 * The first answer that satisfies {@code condition}.
	 * @throws SandboxTimeoutException after {@code timeout}, naming {@code what} and the
	 * last answer
	 */
	static <T> T until(String what, Duration timeout, Supplier<Optional<T>> ask, Predicate<T> condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Optional<T> last;
		do {
			last = ask.get();
			if (last.isPresent() && condition.test(last.get())) {
				return last.get();
			}
			pause();
		}
		while (System.nanoTime() < deadline);
		throw new SandboxTimeoutException(what + " did not come within " + timeout + "; last seen: "
				+ last.map(Object::toString).orElse("nothing"));
	}

	private static void pause() {
		try {
			Thread.sleep(INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SandboxTimeoutException("interrupted while waiting");
		}
	}

}
