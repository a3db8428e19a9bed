package dev.vpaysandbox.order.order;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutTradeNoTests {

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

	@ParameterizedTest
	@ValueSource(strings = { "1234567", "_12345678", "123456789012345678901234567890123", "1234 5678", "1234567#",
			"订单12345678" })
	void refusesNumbersThatBreakTheSpecRules(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutTradeNo(value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "a_b-c|d*e@f", "12345678901234567890123456789012" })
	void acceptsEveryAllowedCharacter(String value) {
		assertThat(new OutTradeNo(value).value()).isEqualTo(value);
	}

}
