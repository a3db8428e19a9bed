package dev.vpaysandbox.signing.cli;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.signature.Verification;
import picocli.CommandLine.Command;

/** {@code explain}: like verify, but prints the whole diagnosis of each signature. */
@Command(name = "explain", usageHelpAutoWidth = true,
		description = {
				"Verify like 'verify', and print the whole diagnosis: the string-to-sign's length and "
						+ "SHA-256, the key used and every mistake the verifier could prove.",
				"Never prints a key or the expected signature. Exit code as for verify." })
final class ExplainCommand extends SignDataVerification {

	ExplainCommand(CliContext context) {
		super(context);
	}

	@Override
	String print(String name, Verification outcome) {
		return Report.explanation(name, outcome);
	}

}
