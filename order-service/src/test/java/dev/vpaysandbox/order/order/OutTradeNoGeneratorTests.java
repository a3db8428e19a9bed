package dev.vpaysandbox.order.order;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class OutTradeNoGeneratorTests {

	@Test
	void generatesDistinctNumbersThatMeetTheSpecRules() {
		OutTradeNoGenerator generator = new OutTradeNoGenerator(MutableClock.at(Instant.parse("2026-01-01T00:00:00Z")));
		Set<String> numbers = new HashSet<>();

		for (int i = 0; i < 10_000; i++) {
			numbers.add(generator.next().value());
		}

		assertThat(numbers).hasSize(10_000)
			.allSatisfy((number) -> assertThat(number).matches("VP[0-9A-Z]{8}[0-9A-Za-z]{14}"));
	}

}
