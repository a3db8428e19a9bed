package dev.vpaysandbox.client;

import java.time.Duration;
import java.util.Map;

/**
 * The sandbox's test clock: read it, advance it, set it back. Everything time-based in
 * the sandbox follows it: login-code and access_token expiry, key grace windows, and
 * notification retries. Advancing runs whatever falls due on the way, each at its own
 * instant and in order, before it answers: advancing 25 hours walks a refused
 * notification through its whole retry schedule to DEAD in seconds.
 */
public final class TestClock {

	/**
	 * How long an advance may take: every retry due on the way is really sent, and a
	 * receiver may take its full 3 s to answer each.
	 */
	private static final Duration ADVANCE_TIMEOUT = Duration.ofMinutes(5);

	private final SandboxHttp http;

	TestClock(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * The sandbox's time and offset.
	 * @throws SandboxProblemException 404 if the sandbox runs with
	 * {@code vpay.mock.clock.controllable=false}
	 */
	public ClockState now() {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/clock", null), ClockState.Wire.class).toState();
	}

	/**
	 * Advances the clock by a positive duration, running everything that falls due on the
	 * way, and answers where it stands then.
	 * @throws SandboxProblemException 400 unless {@code by} is positive (at least a
	 * microsecond, at most 3650 days)
	 */
	public ClockState advance(Duration by) {
		return SandboxHttp
			.read(this.http.admin("POST", "/sandbox/clock/advance", Map.of("by", by.toString()), ADVANCE_TIMEOUT),
					ClockState.Wire.class)
			.toState();
	}

	/** Sets the clock back to the system's time; what was scheduled stays scheduled. */
	public ClockState reset() {
		return SandboxHttp.read(this.http.admin("POST", "/sandbox/clock/reset", null), ClockState.Wire.class).toState();
	}

}
