package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryScheduleTests {

	@Test
	void waitsAsTheProtocolSaysThenGivesUpAfterSixteenAttempts() {
		RetrySchedule schedule = new RetrySchedule(1);
		assertThat(IntStream.rangeClosed(1, 15).mapToObj(schedule::after).map((delay) -> delay.orElseThrow()))
			.containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(30),
					Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30),
					Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofHours(3),
					Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));
		assertThat(schedule.after(16)).isEmpty();
		assertThat(schedule.after(0)).isEmpty();
		assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(16);
	}

	@Test
	void scalesEveryDelay() {
		RetrySchedule thousandth = new RetrySchedule(0.001);
		assertThat(thousandth.after(1)).contains(Duration.ofMillis(15));
		assertThat(thousandth.after(15)).contains(Duration.ofMillis(21_600));
		assertThat(thousandth.delays().stream().reduce(Duration.ZERO, Duration::plus))
			.isEqualTo(Duration.ofMillis(86_640));
		assertThat(new RetrySchedule(1e-12).after(1)).as("never zero").contains(Duration.ofNanos(1_000));
		assertThat(new RetrySchedule(2).after(15)).contains(Duration.ofHours(12));
	}

	@Test
	void refusesAScaleThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(Double.NaN));
	}

}
