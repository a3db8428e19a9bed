package dev.vpaysandbox.signing.signature;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.Reason;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.keys.Secret;

import static dev.vpaysandbox.signing.signature.AppKeyFixture.GAME;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.PRETTY_SIGN_DATA;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.SIGN_DATA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes a session {@code signature} signer makes, each proven by a real signature
 * made the mistaken way.
 */
final class SessionScenarios {

	/** 24 characters of base64, as code2session issues them (16 random bytes). */
	static final Secret SESSION_KEY = Secret.of("q7Vw0XyZ3aBcDeFgHiJkLw==");

	static final Secret EARLIER_SESSION_KEY = Secret.of("Zm9vYmFyYmF6cXV4MTIzNA==");

	private SessionScenarios() {
	}

	static List<Scenario> all() {
		return List.of(valid(), wrongKey(), staleSession(), decodedSessionKey(), signedLikePaySig(), reSerialized(),
				missing(), malformed());
	}

	static Scenario valid() {
		return scenario("the current session_key over signData", SIGN_DATA,
				Signatures.signature(SESSION_KEY, SIGN_DATA))
			.accepted()
			.also((verification) -> assertThat(((Verification.Valid) verification).key())
				.isEqualTo(KeyUsed.currentSessionKey()));
	}

	static Scenario wrongKey() {
		return scenario("a session_key of another user", SIGN_DATA,
				Signatures.signature(Secret.of("T3RoZXJVc2VyS2V5MDEyMw=="), SIGN_DATA))
			.rejected(Reason.MISMATCH)
			.forbidding("T3RoZXJVc2VyS2V5MDEyMw==");
	}

	static Scenario staleSession() {
		return scenario("the session_key of an earlier login", SIGN_DATA,
				Signatures.signature(EARLIER_SESSION_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.STALE_SESSION);
	}

	static Scenario decodedSessionKey() {
		return scenario("the base64-decoded session_key as HMAC key", SIGN_DATA, hmacWithDecodedKey(SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.SESSION_KEY_DECODED);
	}

	static Scenario signedLikePaySig() {
		return scenario("signature over method&signData, like paySig", SIGN_DATA,
				Signatures.paySig(SESSION_KEY, GAME, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.METHOD_PREFIX);
	}

	static Scenario reSerialized() {
		return scenario("signature over the compact text, pretty text sent", PRETTY_SIGN_DATA,
				Signatures.signature(SESSION_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.RESERIALIZED);
	}

	static Scenario missing() {
		return scenario("no signature", SIGN_DATA, null).rejected(Reason.MISSING);
	}

	static Scenario malformed() {
		return scenario("a signature with a non-hex digit", SIGN_DATA,
				"g" + Signatures.signature(SESSION_KEY, SIGN_DATA).substring(1))
			.rejected(Reason.MALFORMED);
	}

	private static Scenario scenario(String name, String received, String presented) {
		return Scenario
			.of(name,
					() -> SessionSignatureVerifier.verify(received, presented, SESSION_KEY,
							List.of(EARLIER_SESSION_KEY), GAME))
			.forbidding(SESSION_KEY.reveal(), EARLIER_SESSION_KEY.reveal())
			.forbidding(AppKeyFixture.bothCases(Signatures.signature(SESSION_KEY, received)))
			.forbidding(received);
	}

	private static String hmacWithDecodedKey(String signData) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(SESSION_KEY.reveal()), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signData.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
