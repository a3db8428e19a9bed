package dev.vpaysandbox.signing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vpay-sign} reproduces the official known answers
 * (docs/protocol.md#known-answers) from the command line, reads texts from files and
 * stdin and keys from the environment, and exits 0 when signed or verified, 1 when a
 * signature did not verify.
 */
class SigningCliTests {

	static final String SESSION_KEY = "o0q0otL8aEzpcZL/FT9WsQ==";

	static final String SESSION_VECTOR = "654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b";

	static final String SERVER_BODY = "{\"openid\": \"xxx\", \"user_ip\": \"127.0.0.1\", \"env\": 0}";

	static final String SERVER_VECTOR = "c37809f27c6d7fd1837ad2500a04512b66b34fd793a39a385fade56dca89a4b5";

	static final String GAME = "requestMidasPaymentGameItem";

	static final String SIGN_DATA = "{\"mode\":\"goods\",\"buyQuantity\":1,\"env\":0,\"currencyType\":\"USD\","
			+ "\"platform\":\"android\",\"productId\":\"sword\",\"goodsPrice\":199,"
			+ "\"outTradeNo\":\"golden_20260101_0001\",\"attach\":\"{\\\"campaign\\\":\\\"launch\\\"}\"}";

	static final String APP_KEY = "vpay-golden-appkey-env0";

	static final String PAY_SIG = "7b50f43e343d7df9e9b8e15d09ab61d90c22f32677963a39a229b05559073c00";

	@Test
	void reproducesTheSessionKeyKnownAnswer() {
		CliRun run = CliRun.of("sign", "--session-key", SESSION_KEY, "--sign-data", "{\"foo\":\"bar\"}");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("signature=" + SESSION_VECTOR + "\n");
	}

	@Test
	void reproducesTheServerApiKnownAnswer() {
		CliRun run = CliRun.of("pay-sig", "--app-key", "12345", "--uri", "/xpay/query_user_balance", "--body",
				SERVER_BODY);

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("pay_sig=" + SERVER_VECTOR + "\n");
	}

	@Test
	void verifiesTheServerApiKnownAnswer() {
		CliRun run = CliRun.of("pay-sig", "--app-key", "12345", "--uri", "/xpay/query_user_balance", "--body",
				SERVER_BODY, "--verify", SERVER_VECTOR);

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("pay_sig: valid\n  key: appKey env 0 version 1\n");
	}

	@Test
	void signsPaySigAndSignatureWithKeysFromTheEnvironment() {
		CliRun run = CliRun.with(Map.of("VPAY_APP_KEY", APP_KEY, "VPAY_SESSION_KEY", "Gx0sVYd4bQ2m9r1tKp7wZg=="), "",
				"sign", "--method", GAME, "--sign-data", SIGN_DATA);

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("paySig=" + PAY_SIG + "\nsignature=").hasLineCount(2);
		assertThat(run.err()).isEmpty();
	}

	@Test
	void prefersTheOptionToTheEnvironment() {
		CliRun run = CliRun.with(Map.of("VPAY_APP_KEY", "some-other-key"), "", "sign", "--method", GAME, "--app-key",
				APP_KEY, "--sign-data", SIGN_DATA);

		assertThat(run.out()).isEqualTo("paySig=" + PAY_SIG + "\n");
	}

	@Test
	void readsTheSignDataFromAFileWithoutItsFinalLineBreak(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("signdata.json"), SIGN_DATA + "\n", StandardCharsets.UTF_8);

		CliRun run = CliRun.of("sign", "--method", GAME, "--app-key", APP_KEY, "--sign-data", "@" + file);

		assertThat(run.out()).isEqualTo("paySig=" + PAY_SIG + "\n");
	}

	@Test
	void readsTheSignDataFromStdin() {
		CliRun run = CliRun.with(Map.of(), SIGN_DATA, "sign", "--method", GAME, "--app-key", APP_KEY, "--sign-data",
				"@-");

		assertThat(run.out()).isEqualTo("paySig=" + PAY_SIG + "\n");
	}

	@Test
	void warnsAboutABrokenRuleButSignsAnyway() {
		CliRun run = CliRun.of("sign", "--method", GAME, "--app-key", APP_KEY, "--sign-data",
				SIGN_DATA.replace("\"goodsPrice\":199", "\"goodsPrice\":\"199\""));

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("paySig=");
		assertThat(run.err()).contains("warning: signData breaks a rule for requestMidasPaymentGameItem: -15002 "
				+ "goodsPrice: goodsPrice must be a JSON integer, not a string");
	}

	@Test
	void verifiesAValidPaySigAndSignatureWithExitCode0() {
		CliRun run = CliRun.of("verify", "--method", GAME, "--sign-data", SIGN_DATA, "--app-key", APP_KEY, "--pay-sig",
				PAY_SIG, "--session-key", SESSION_KEY, "--signature",
				dev.vpaysandbox.signing.signature.Signatures
					.signature(dev.vpaysandbox.signing.keys.Secret.of(SESSION_KEY), SIGN_DATA)
					.toUpperCase(java.util.Locale.ROOT));

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo("paySig: valid (appKey env 0 version 1)\n"
				+ "signature: valid (the user's current session_key; notes: UPPER_CASE_HEX)\n");
	}

	@Test
	void reportsAnInvalidPaySigWithExitCode1() {
		CliRun run = CliRun.of("verify", "--method", "requestVirtualPayment", "--sign-data", SIGN_DATA, "--app-key",
				APP_KEY, "--pay-sig", PAY_SIG);

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).isEqualTo("paySig: invalid (MISMATCH; hints: OTHER_METHOD)\n");
	}

	@Test
	void explainsAMismatchWithoutRevealingTheKeyOrTheExpectedSignature() {
		String otherEnvKey = "vpay-golden-appkey-env1";
		String signedWithSandboxKey = dev.vpaysandbox.signing.signature.Signatures.paySig(
				dev.vpaysandbox.signing.keys.Secret.of(otherEnvKey),
				dev.vpaysandbox.signing.protocol.PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, SIGN_DATA);

		CliRun run = CliRun.of("explain", "--method", GAME, "--sign-data", SIGN_DATA, "--app-key", APP_KEY,
				"--other-env-app-key", otherEnvKey, "--pay-sig", signedWithSandboxKey);

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).startsWith("paySig: MISMATCH\n  method/event: requestMidasPaymentGameItem\n"
				+ "  string-to-sign: 220 bytes, sha256 4356095d524c238d304648b77cfd1fb5e52313e87f8d7241304aef12538454d5\n")
			.contains("  key: appKey env 0 version 1\n  hint OTHER_ENV_KEY: ");
		assertThat(run.all()).doesNotContain(APP_KEY, otherEnvKey, PAY_SIG, "requestMidasPaymentGameItem&");
	}

	@Test
	void explainsAPaySigAcceptedWithThePreviousKey() {
		CliRun run = CliRun.of("explain", "--method", GAME, "--sign-data", SIGN_DATA, "--app-key", "rotated-key",
				"--previous-app-key", APP_KEY, "--pay-sig", PAY_SIG);

		assertThat(run.exitCode()).isZero();
		assertThat(run.out())
			.startsWith("paySig: valid\n  key: appKey env 0 version 1 (previous)\n" + "  note PREVIOUS_KEY_IN_GRACE: ");
	}

	@Test
	void signsAndVerifiesAPayEventSig() {
		String payload = "{\"OpenId\":\"oAbCdEfGhIjKlMnOpQrStUvWxYz0\",\"Env\":\"1\","
				+ "\"OutTradeNo\":\"golden-20260101-0002\",\"GoodsInfo\":{\"ProductId\":\"gem-pack\",\"Quantity\":3,"
				+ "\"ZoneId\":\"1\",\"OrigPrice\":2997,\"ActualPrice\":2997,\"Attach\":\"\",\"OrderSource\":1}}";
		String expected = "7d2184ac53338edc020c0a4d14925f66280667219a0d00b819ea3124311b7ccd";
		Map<String, String> environment = Map.of("VPAY_APP_KEY", "vpay-golden-appkey-env1");

		CliRun signed = CliRun.with(environment, "", "event-sig", "--env", "1", "--event", "xpay_goods_deliver_notify",
				"--payload", payload);
		CliRun wrongEvent = CliRun.with(environment, "", "event-sig", "--env", "1", "--event",
				"minigame_game_pay_goods_deliver_notify", "--payload", payload, "--verify", expected);

		assertThat(signed.exitCode()).isZero();
		assertThat(signed.out()).isEqualTo("PayEventSig=" + expected + "\n");
		assertThat(wrongEvent.exitCode()).isEqualTo(1);
		assertThat(wrongEvent.out()).startsWith("PayEventSig: MISMATCH\n").contains("hint OTHER_METHOD: ");
	}

	@Test
	void signsTheExactBodyBytesOfAFile(@TempDir Path dir) throws IOException {
		Path body = Files.writeString(dir.resolve("body.json"), SERVER_BODY + "\r\n", StandardCharsets.UTF_8);

		CliRun run = CliRun.of("pay-sig", "--app-key", "12345", "--uri", "/xpay/query_user_balance", "--body",
				"@" + body);

		assertThat(run.out()).isEqualTo("pay_sig=" + SERVER_VECTOR + "\n");
	}

}
