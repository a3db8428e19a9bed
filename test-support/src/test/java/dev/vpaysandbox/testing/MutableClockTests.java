package dev.vpaysandbox.testing;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTests {

	@Test
	void movesOnlyWhenAdvanced() {
		MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		clock.advance(Duration.ofMinutes(5));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
	}

	@Test
	void sharesTimeWithItsZonedCopies() {
		MutableClock clock = MutableClock.at(Instant.EPOCH);
		var copy = clock.withZone(java.time.ZoneId.of("Asia/Shanghai"));
		clock.advance(Duration.ofSeconds(1));
		assertThat(copy.instant()).isEqualTo(Instant.ofEpochSecond(1));
	}

}
