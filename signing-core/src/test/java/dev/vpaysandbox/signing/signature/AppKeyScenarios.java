package dev.vpaysandbox.signing.signature;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.Reason;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static dev.vpaysandbox.signing.signature.AppKeyFixture.APP_ID;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.BODY;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.ENV0_KEY;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.ENV1_KEY;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.EVENT;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.GAME;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.PAYLOAD;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.PRETTY_SIGN_DATA;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.REORDERED_SIGN_DATA;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.SIGN_DATA;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.STRANGER_KEY;
import static dev.vpaysandbox.signing.signature.AppKeyFixture.URI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes an appKey signer makes ({@code paySig}, {@code pay_sig},
 * {@code PayEventSig}), each proven by a real signature made the mistaken way.
 */
final class AppKeyScenarios {

	private static final Env ENV = Env.PRODUCTION;

	private AppKeyScenarios() {
	}

	static List<Scenario> all() {
		return List.of(wrongKey(), whitespace(), fieldOrder(), upperCaseAccepted(), upperCaseRejected(), otherMethod(),
				otherEvent(), signDataWithoutMethod(), methodWithSlash(), methodWithWxPrefix(), otherEnvKey(),
				previousKeyInGrace(), previousKeyAfterGrace(), emptyBody(), getWithoutBody(), bodyReSerialized(),
				payloadReSerialized(), missing(""), missing(null), malformed("not-hex"),
				malformed(paySig(ENV0_KEY, SIGN_DATA).substring(1)),
				malformed("zz" + paySig(ENV0_KEY, SIGN_DATA).substring(2)), noKey());
	}

	static Scenario wrongKey() {
		String presented = paySig(STRANGER_KEY, SIGN_DATA);
		return paySigScenario("a key the app does not have: a plain mismatch", SIGN_DATA, presented)
			.rejected(Reason.MISMATCH)
			.also((verification) -> assertThat(((Verification.Invalid) verification).diagnosis().key())
				.isEqualTo(new KeyUsed(KeyUsed.Kind.APP_KEY, ENV, 1, false)));
	}

	static Scenario whitespace() {
		return paySigScenario("signed compact, sent pretty-printed", PRETTY_SIGN_DATA, paySig(ENV0_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.WHITESPACE, HintCode.RESERIALIZED);
	}

	static Scenario fieldOrder() {
		return paySigScenario("signed the canonical order, sent another", REORDERED_SIGN_DATA,
				paySig(ENV0_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.RESERIALIZED);
	}

	static Scenario upperCaseAccepted() {
		return paySigScenario("upper-case hex", SIGN_DATA, paySig(ENV0_KEY, SIGN_DATA).toUpperCase(Locale.ROOT))
			.accepted(HintCode.UPPER_CASE_HEX);
	}

	static Scenario upperCaseRejected() {
		return paySigScenario("upper-case hex of a wrong signature", SIGN_DATA,
				paySig(STRANGER_KEY, SIGN_DATA).toUpperCase(Locale.ROOT))
			.rejected(Reason.MISMATCH, HintCode.UPPER_CASE_HEX);
	}

	static Scenario otherMethod() {
		String presented = Signatures.paySig(ENV0_KEY, PayMethod.REQUEST_VIRTUAL_PAYMENT, SIGN_DATA);
		return paySigScenario("signed for requestVirtualPayment, paid with the mini-game method", SIGN_DATA, presented)
			.rejected(Reason.MISMATCH, HintCode.OTHER_METHOD);
	}

	static Scenario otherEvent() {
		String presented = Signatures.payEventSig(ENV0_KEY, GAME.other().deliveryEvent(), PAYLOAD);
		AppKeyFixture fixture = new AppKeyFixture();
		return Scenario
			.of("PayEventSig over the other app type's Event",
					() -> fixture.verifier().payEventSig(APP_ID, ENV, EVENT, PAYLOAD, presented))
			.rejected(Reason.MISMATCH, HintCode.OTHER_METHOD)
			.forbidding(AppKeyFixture.keys())
			.forbidding(AppKeyFixture.bothCases(Signatures.payEventSig(ENV0_KEY, EVENT, PAYLOAD)))
			.forbidding(StringToSign.payEventSig(EVENT, PAYLOAD), PAYLOAD);
	}

	static Scenario signDataWithoutMethod() {
		return paySigScenario("paySig over signData alone", SIGN_DATA, Signatures.signature(ENV0_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.METHOD_PREFIX);
	}

	static Scenario methodWithSlash() {
		return paySigScenario("paySig over /method&signData", SIGN_DATA,
				HmacSha256.hex(ENV0_KEY, "/" + StringToSign.paySig(GAME, SIGN_DATA)))
			.rejected(Reason.MISMATCH, HintCode.METHOD_PREFIX);
	}

	static Scenario methodWithWxPrefix() {
		return paySigScenario("paySig over wx.method&signData", SIGN_DATA,
				HmacSha256.hex(ENV0_KEY, "wx." + StringToSign.paySig(GAME, SIGN_DATA)))
			.rejected(Reason.MISMATCH, HintCode.METHOD_PREFIX);
	}

	static Scenario otherEnvKey() {
		return paySigScenario("signed with the sandbox key, paid in production", SIGN_DATA, paySig(ENV1_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.OTHER_ENV_KEY);
	}

	static Scenario previousKeyInGrace() {
		AppKeyFixture fixture = new AppKeyFixture().rotated();
		fixture.clock.advance(Duration.ofMinutes(59));
		return paySigScenario(fixture, "signed with the previous key inside its grace window", SIGN_DATA,
				paySig(ENV0_KEY, SIGN_DATA))
			.accepted(HintCode.PREVIOUS_KEY_IN_GRACE)
			.also((verification) -> assertThat(((Verification.Valid) verification).key())
				.isEqualTo(new KeyUsed(KeyUsed.Kind.APP_KEY, ENV, 1, true)));
	}

	static Scenario previousKeyAfterGrace() {
		AppKeyFixture fixture = new AppKeyFixture().rotated();
		fixture.clock.advance(Duration.ofHours(1));
		return paySigScenario(fixture, "signed with the previous key after its grace window", SIGN_DATA,
				paySig(ENV0_KEY, SIGN_DATA))
			.rejected(Reason.MISMATCH, HintCode.PREVIOUS_KEY_EXPIRED)
			.also((verification) -> assertThat(((Verification.Invalid) verification).diagnosis().key())
				.isEqualTo(new KeyUsed(KeyUsed.Kind.APP_KEY, ENV, 2, false)));
	}

	static Scenario emptyBody() {
		return payApiSigScenario("pay_sig over uri&, the body left out", BODY, Signatures.payApiSig(ENV0_KEY, URI, ""))
			.rejected(Reason.MISMATCH, HintCode.EMPTY_BODY);
	}

	static Scenario getWithoutBody() {
		return payApiSigScenario("pay_sig over the uri alone, as for a GET", BODY, HmacSha256.hex(ENV0_KEY, URI))
			.rejected(Reason.MISMATCH, HintCode.EMPTY_BODY);
	}

	static Scenario bodyReSerialized() {
		String pretty = BODY.replace(",", ", ").replace(":", ": ");
		return payApiSigScenario("pay_sig over the compact body, pretty body posted", pretty,
				Signatures.payApiSig(ENV0_KEY, URI, BODY))
			.rejected(Reason.MISMATCH, HintCode.RESERIALIZED);
	}

	static Scenario payloadReSerialized() {
		String pretty = PAYLOAD.replace(",", ", ");
		AppKeyFixture fixture = new AppKeyFixture();
		String presented = Signatures.payEventSig(ENV0_KEY, EVENT, PAYLOAD);
		return Scenario
			.of("PayEventSig verified over a re-serialized Payload",
					() -> fixture.verifier().payEventSig(APP_ID, ENV, EVENT, pretty, presented))
			.rejected(Reason.MISMATCH, HintCode.RESERIALIZED)
			.forbidding(AppKeyFixture.keys())
			.forbidding(AppKeyFixture.bothCases(Signatures.payEventSig(ENV0_KEY, EVENT, pretty)))
			.forbidding(pretty, PAYLOAD);
	}

	static Scenario missing(String presented) {
		return paySigScenario("no paySig (" + ((presented == null) ? "null" : "empty") + ")", SIGN_DATA, presented)
			.rejected(Reason.MISSING);
	}

	static Scenario malformed(String presented) {
		return paySigScenario("paySig that is not 64 hex digits (" + presented.length() + " chars)", SIGN_DATA,
				presented)
			.rejected(Reason.MALFORMED);
	}

	static Scenario noKey() {
		AppKeyFixture fixture = new AppKeyFixture();
		String presented = paySig(ENV0_KEY, SIGN_DATA);
		return Scenario
			.of("an app the verifier has no key for",
					() -> fixture.verifier().paySig("unknown-app", ENV, GAME, SIGN_DATA, presented))
			.rejected(Reason.NO_KEY)
			.forbidding(AppKeyFixture.keys())
			.forbidding(AppKeyFixture.bothCases(presented))
			.also((verification) -> assertThat(((Verification.Invalid) verification).diagnosis().key()).isNull());
	}

	static String paySig(Secret key, String signData) {
		return Signatures.paySig(key, GAME, signData);
	}

	private static Scenario paySigScenario(String name, String received, String presented) {
		return paySigScenario(new AppKeyFixture(), name, received, presented);
	}

	private static Scenario paySigScenario(AppKeyFixture fixture, String name, String received, String presented) {
		return Scenario.of(name, () -> fixture.verifier().paySig(APP_ID, ENV, GAME, received, presented))
			.forbidding(AppKeyFixture.keys())
			.forbidding(AppKeyFixture.bothCases(paySig(ENV0_KEY, received)))
			.forbidding(AppKeyFixture.bothCases(paySig(AppKeyFixture.ENV0_NEXT_KEY, received)))
			.forbidding(StringToSign.paySig(GAME, received), received);
	}

	private static Scenario payApiSigScenario(String name, String body, String presented) {
		AppKeyFixture fixture = new AppKeyFixture();
		return Scenario.of(name, () -> fixture.verifier().payApiSig(APP_ID, ENV, URI, body, presented))
			.forbidding(AppKeyFixture.keys())
			.forbidding(AppKeyFixture.bothCases(Signatures.payApiSig(ENV0_KEY, URI, body)))
			.forbidding(StringToSign.payApiSig(URI, body), body);
	}

}
