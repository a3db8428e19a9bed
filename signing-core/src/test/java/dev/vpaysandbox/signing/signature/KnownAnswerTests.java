package dev.vpaysandbox.signing.signature;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.keys.Secret;

import static org.assertj.core.api.Assertions.assertThat;

/** The official known answers (docs/protocol.md#known-answers). */
class KnownAnswerTests {

	@Test
	void reproducesTheSessionKeyVector() {
		assertThat(Signatures.signature(Secret.of("o0q0otL8aEzpcZL/FT9WsQ=="), "{\"foo\":\"bar\"}"))
			.isEqualTo("654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b");
	}

	@Test
	void reproducesTheServerApiVector() {
		assertThat(Signatures.payApiSig(Secret.of("12345"), "/xpay/query_user_balance",
				"{\"openid\": \"xxx\", \"user_ip\": \"127.0.0.1\", \"env\": 0}"))
			.isEqualTo("c37809f27c6d7fd1837ad2500a04512b66b34fd793a39a385fade56dca89a4b5");
	}

}
