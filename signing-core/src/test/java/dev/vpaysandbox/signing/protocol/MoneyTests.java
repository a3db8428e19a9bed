package dev.vpaysandbox.signing.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Money is integer minor units of a currency, never negative. */
class MoneyTests {

	@Test
	void multipliesInMinorUnits() {
		assertThat(new Money(199, "USD").times(3)).isEqualTo(new Money(597, "USD"));
	}

	@Test
	void refusesOverflowNegativeAmountsAndBadCurrencies() {
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> new Money(Long.MAX_VALUE / 2, "USD").times(3));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "USD"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "usd"));
	}

}
