package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Env;

import static dev.vpaysandbox.signing.signature.AppKeyFixture.APP_ID;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.ENV0_KEY;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.URI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-API {@code pay_sig} covers the body's exact bytes (docs/protocol.md#signatures),
 * even bytes that are not valid UTF-8 and so would not survive a trip through a Java
 * string.
 */
class PayApiSigBodyTests {

	private static final byte[] NOT_UTF8_BODY = { '{', '"', 'o', '"', ':', '"', (byte) 0xff, (byte) 0xc3, '"', '}' };

	@Test
	void verifiesASignatureOverBodyBytesThatAreNotUtf8() throws GeneralSecurityException {
		String presented = macOf(URI + "&", NOT_UTF8_BODY);

		Verification verification = new AppKeyFixture().verifier()
			.payApiSig(APP_ID, Env.PRODUCTION, URI, NOT_UTF8_BODY, presented);

		assertThat(verification.isValid()).isTrue();
		assertThat(Signatures.payApiSig(ENV0_KEY, URI, NOT_UTF8_BODY)).isEqualTo(presented);
	}

	@Test
	void cannotVerifyThoseBytesOnceDecodedToAString() throws GeneralSecurityException {
		String presented = macOf(URI + "&", NOT_UTF8_BODY);
		String decoded = new String(NOT_UTF8_BODY, StandardCharsets.UTF_8);

		assertThat(new AppKeyFixture().verifier().payApiSig(APP_ID, Env.PRODUCTION, URI, decoded, presented).isValid())
			.isFalse();
	}

	@Test
	void signsAValidUtf8BodyAlikeAsBytesAndAsText() {
		String body = "{\"openid\":\"o礼包\",\"env\":0}";

		assertThat(Signatures.payApiSig(ENV0_KEY, URI, body.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(Signatures.payApiSig(ENV0_KEY, URI, body));
		assertThat(StringToSign.payApiSig(URI, body.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(StringToSign.payApiSig(URI, body).getBytes(StandardCharsets.UTF_8));
	}

	private static String macOf(String prefix, byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(ENV0_KEY.hmacKey());
		mac.update(prefix.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
