package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.util.List;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mock's one clock, and the time travel that moves it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** How much longer than an attempt's timeout a step waits for work to finish. */
	private static final Duration STEP_MARGIN = Duration.ofSeconds(2);

	/**
	 * Every timestamp and expiry reads this clock; tests of other features add a movable
	 * {@code @Primary} one.
	 */
	@Bean
	SandboxClock clock() {
		return new SandboxClock();
	}

	@Bean
	TimeTravel timeTravel(SandboxClock clock, List<ScheduledWork> work, MockProperties properties) {
		return new TimeTravel(clock, work, properties.notifications().timeout().plus(STEP_MARGIN));
	}

}
