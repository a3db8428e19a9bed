package dev.vpaysandbox.mock;

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
		return MutableClock.startingNow();
	}

}
