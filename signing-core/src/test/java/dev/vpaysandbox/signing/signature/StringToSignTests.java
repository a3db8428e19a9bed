package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strings to sign (docs/protocol.md#signatures), and the prefix form the signer feeds
 * a Mac.
 */
class StringToSignTests {

	private static final String SIGN_DATA = "{\"productId\":\"礼包\"}";

	@ParameterizedTest
	@EnumSource(PayMethod.class)
	void buildsPaySigsStringFromTheBareMethodAndAnAmpersand(PayMethod method) {
		assertThat(StringToSign.paySig(method, SIGN_DATA)).isEqualTo(method.wireName() + "&" + SIGN_DATA)
			.doesNotStartWith("/")
			.doesNotStartWith("wx.");
	}

	@ParameterizedTest
	@EnumSource(PayMethod.class)
	void givesAPaySigPrefixThatWithSignDataMakesTheSameBytes(PayMethod method) {
		byte[] prefix = StringToSign.paySigPrefix(method);
		byte[] signData = SIGN_DATA.getBytes(StandardCharsets.UTF_8);
		byte[] joined = new byte[prefix.length + signData.length];
		System.arraycopy(prefix, 0, joined, 0, prefix.length);
		System.arraycopy(signData, 0, joined, prefix.length, signData.length);

		assertThat(joined).isEqualTo(StringToSign.paySig(method, SIGN_DATA).getBytes(StandardCharsets.UTF_8));
		assertThat(Signatures.paySig(AppKeyFixture.ENV0_KEY, method, SIGN_DATA))
			.isEqualTo(HmacSha256.hex(AppKeyFixture.ENV0_KEY, StringToSign.paySig(method, SIGN_DATA)));
	}

}
