package dev.vpaysandbox.signing.diagnosis;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;

/** The human-readable form of a diagnosis, as the CLI and the mock print it. */
class SignatureDiagnosisTests {

	private static final String SHA256 = "a".repeat(64);

	@Test
	void describesTheCheckTheStringToSignTheKeyAndTheHints() {
		SignatureDiagnosis diagnosis = new SignatureDiagnosis(Check.PAY_SIG, Reason.MISMATCH, "requestVirtualPayment",
				120, SHA256, new KeyUsed(KeyUsed.Kind.APP_KEY, Env.SANDBOX, 2, false),
				List.of(new Hint(HintCode.OTHER_ENV_KEY, "made with the env 0 appKey")));

		assertThat(diagnosis.describe()).isEqualTo("""
				paySig: MISMATCH
				  method/event: requestVirtualPayment
				  string-to-sign: 120 bytes, sha256 %s
				  key: appKey env 1 version 2
				  hint OTHER_ENV_KEY: made with the env 0 appKey""".formatted(SHA256));
		assertThat(diagnosis.hasHint(HintCode.OTHER_ENV_KEY)).isTrue();
		assertThat(diagnosis.hasHint(HintCode.WHITESPACE)).isFalse();
	}

	@Test
	void describesASessionKeyAndAMissingKey() {
		SignatureDiagnosis session = new SignatureDiagnosis(Check.SIGNATURE, Reason.MISSING, null, 2, SHA256,
				KeyUsed.currentSessionKey(), List.of());
		SignatureDiagnosis noKey = new SignatureDiagnosis(Check.PAY_EVENT_SIG, Reason.NO_KEY,
				"xpay_goods_deliver_notify", 2, SHA256, null, List.of());

		assertThat(session.describe()).isEqualTo("signature: MISSING\n  string-to-sign: 2 bytes, sha256 " + SHA256
				+ "\n  key: the user's current session_key");
		assertThat(noKey.describe()).startsWith("PayEventSig: NO_KEY\n").doesNotContain("key:");
	}

}
