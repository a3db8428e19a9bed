package dev.vpaysandbox.signing.protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The merchant's order number follows the spec's rules. */
class OutTradeNoTests {

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
