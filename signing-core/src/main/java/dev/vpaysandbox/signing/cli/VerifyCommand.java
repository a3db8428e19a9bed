package dev.vpaysandbox.signing.cli;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.signature.Verification;
import picocli.CommandLine.Command;

/** {@code verify}: one line per signature, exit code 0 only if all verified. */
@Command(name = "verify", usageHelpAutoWidth = true,
		description = { "Verify the paySig and/or signature of a signData as the pre-order check does.",
				"Prints one line per signature; exit code 0 if all verified, 1 if not." })
final class VerifyCommand extends SignDataVerification {

	VerifyCommand(CliContext context) {
		super(context);
	}

	@Override
	String print(String name, Verification outcome) {
		return Report.line(name, outcome);
	}

}
