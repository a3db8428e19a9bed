package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vpay.mock.clock.controllable=false} removes the test clock's control API. */
class ClockControllerSwitchTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(TimeTravel.class, () -> new TimeTravel(new SandboxClock(), List.of(), Duration.ofSeconds(1)))
		.withUserConfiguration(ClockController.class);

	@Test
	void theControlApiIsThereByDefault() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ClockController.class));
	}

	@Test
	void controllableFalseRemovesIt() {
		this.runner.withPropertyValues("vpay.mock.clock.controllable=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ClockController.class)
				.hasSingleBean(TimeTravel.class));
	}

}
