package dev.vpaysandbox.signing.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vpay-sign}: signs and verifies the four signatures of the protocol from a shell,
 * and explains a mismatch. Exit code 0 when everything verified (or was signed), 1 when a
 * signature did not verify, 2 for a usage error.
 */
@Command(name = "vpay-sign", description = "Sign, verify and explain the signatures of the virtual-payment protocol.",
		usageHelpAutoWidth = true, synopsisSubcommandLabel = "COMMAND")
public final class SigningCli implements Runnable {

	/** Exit code: everything verified, or was signed. */
	static final int VALID = 0;

	/** Exit code: a signature did not verify. */
	static final int INVALID = 1;

	/** Exit code: the command line was wrong. */
	static final int USAGE = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	private SigningCli() {
	}

	/** Runs the CLI with the process's environment, stdin and clock, and exits. */
	public static void main(String[] args) {
		CommandLine commandLine = commandLine(new CliContext(System.getenv(), System.in, Clock.systemUTC()));
		System.exit(commandLine.execute(args));
	}

	/**
	 * The command line of {@code vpay-sign}, reading keys, stdin and time from context.
	 */
	static CommandLine commandLine(CliContext context) {
		CommandLine commandLine = new CommandLine(new SigningCli());
		commandLine.addSubcommand(new SignCommand(context));
		commandLine.addSubcommand(new VerifyCommand(context));
		commandLine.addSubcommand(new ExplainCommand(context));
		commandLine.addSubcommand(new PaySigCommand(context));
		commandLine.addSubcommand(new EventSigCommand(context));
		Converters.register(commandLine);
		// "@file" is ours (one text, read exactly), not picocli's argument-file
		// expansion.
		commandLine.setExpandAtFiles(false);
		commandLine.setParameterExceptionHandler(SigningCli::usageError);
		return commandLine;
	}

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "name a command");
	}

	private static int usageError(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		err.println("error: " + ex.getMessage());
		if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
			err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
		}
		return USAGE;
	}

	/**
	 * What the CLI reads from its surroundings, so tests can give it their own.
	 *
	 * @param environment environment variables (keys may come from there)
	 * @param stdin where {@code @-} reads from
	 * @param clock decides whether a previous key is inside its grace window
	 */
	record CliContext(Map<String, String> environment, InputStream stdin, Clock clock) {
	}

}
