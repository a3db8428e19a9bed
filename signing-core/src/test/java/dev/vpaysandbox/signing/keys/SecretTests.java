package dev.vpaysandbox.signing.keys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A secret masks itself wherever it is printed and compares by value. */
class SecretTests {

	@Test
	void masksItselfWhenPrinted() {
		Secret secret = Secret.of("do-not-print-me");
		AppKey key = new AppKey(dev.vpaysandbox.signing.protocol.Env.PRODUCTION, 1, secret);

		assertThat(secret).hasToString("Secret[****]");
		assertThat(key.toString()).doesNotContain("do-not-print-me");
	}

	@Test
	void comparesByValue() {
		assertThat(Secret.of("same-text")).isEqualTo(Secret.of("same-text"))
			.hasSameHashCodeAs(Secret.of("same-text"))
			.isNotEqualTo(Secret.of("same-texT"))
			.isNotEqualTo(Secret.of("same-text-longer"))
			.isNotEqualTo("same-text");
	}

	@Test
	void usesTheUtf8BytesOfItsTextAsTheHmacKey() {
		assertThat(Secret.of("clé").hmacKey().getEncoded()).containsExactly(0x63, 0x6c, 0xc3, 0xa9);
		assertThat(Secret.of("clé").hmacKey().getAlgorithm()).isEqualTo("HmacSHA256");
	}

	@Test
	void refusesAnEmptySecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> Secret.of(""));
	}

}
