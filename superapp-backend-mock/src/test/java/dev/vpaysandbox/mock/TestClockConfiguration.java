package dev.vpaysandbox.mock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.vpaysandbox.testing.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move instead of sleeping. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		// Microseconds, as the database stores them: a stored instant then equals the
		// clock's, and a boundary (end of a grace window, an expiry) is exact.
		return MutableClock.at(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

}
