package dev.vpaysandbox.signing.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help for every command, and exit code 2 with a clear message for a wrong command line.
 */
class SigningCliUsageTests {

	@ParameterizedTest
	@ValueSource(strings = { "sign", "verify", "explain", "pay-sig", "event-sig" })
	void printsHelpForEachCommand(String command) {
		CliRun run = CliRun.of(command, "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("Usage: vpay-sign " + command + " ").contains("-h, --help");
	}

	@Test
	void printsTheCommandsInTheTopLevelHelp() {
		CliRun run = CliRun.of("--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: vpay-sign", "sign", "verify", "explain", "pay-sig", "event-sig");
	}

	@Test
	void refusesToRunWithoutACommand() {
		assertUsageError(CliRun.of(), "name a command");
	}

	@Test
	void refusesAnUnknownCommand() {
		assertUsageError(CliRun.of("sing"), "Unmatched argument");
	}

	@Test
	void refusesToSignWithoutAKey() {
		assertUsageError(CliRun.of("sign", "--method", "requestVirtualPayment", "--sign-data", "{}"),
				"no key: pass --app-key or set VPAY_APP_KEY");
	}

	@Test
	void refusesAPaySigWithoutAMethod() {
		assertUsageError(CliRun.of("sign", "--app-key", "k", "--sign-data", "{}"), "pass --method");
	}

	@Test
	void refusesAMethodThatIsNotABareName() {
		assertUsageError(
				CliRun.of("sign", "--app-key", "k", "--method", "wx.requestVirtualPayment", "--sign-data", "{}"),
				"requestVirtualPayment, requestMidasPaymentGameItem, the bare name");
	}

	@Test
	void refusesAMissingRequiredOption() {
		assertUsageError(CliRun.of("pay-sig", "--app-key", "k", "--uri", "/xpay/query_order"),
				"Missing required option: '--body");
	}

	@Test
	void refusesAUriWithAQueryString() {
		assertUsageError(
				CliRun.of("pay-sig", "--app-key", "k", "--uri", "/xpay/query_order?access_token=t", "--body", "{}"),
				"--uri is the path only");
	}

	@Test
	void refusesAnEnvOtherThan0Or1() {
		assertUsageError(CliRun.of("event-sig", "--app-key", "k", "--env", "2", "--event", "e", "--payload", "{}"),
				"expected 0 (production) or 1 (sandbox)");
	}

	@Test
	void refusesAFileItCannotRead() {
		assertUsageError(CliRun.of("sign", "--session-key", "k", "--sign-data", "@/no/such/signdata.json"),
				"cannot read --sign-data from /no/such/signdata.json");
	}

	@Test
	void refusesToVerifyNothing() {
		assertUsageError(CliRun.of("verify", "--method", "requestVirtualPayment", "--sign-data", "{}"),
				"nothing to verify");
	}

	@Test
	void refusesToVerifyASignatureWithoutTheSessionKey() {
		assertUsageError(
				CliRun.of("verify", "--method", "requestVirtualPayment", "--sign-data", "{}", "--signature", "00"),
				"signature needs a session_key");
	}

	private static void assertUsageError(CliRun run, String message) {
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("error: ").contains(message);
		assertThat(run.out()).isEmpty();
	}

}
