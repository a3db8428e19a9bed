package dev.vpaysandbox.signing.cli;

import java.util.concurrent.Callable;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A server-side appKey signature ({@code pay_sig}, {@code PayEventSig}): prints it, or,
 * with {@code --verify}, verifies a presented one and explains a mismatch.
 */
abstract class AppKeySignatureCommand implements Callable<Integer> {

	final CliContext context;

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	@Option(names = "--env", paramLabel = "0|1", defaultValue = "0",
			description = "The env whose appKey signs (default: ${DEFAULT-VALUE}).")
	private Env env;

	@Mixin
	private AppKeyOptions appKeys;

	@Option(names = "--verify", paramLabel = "HEX",
			description = "Verify this signature instead of printing one; exit code 0 if it verifies, 1 if not.")
	private String presented;

	AppKeySignatureCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Secret key = this.appKeys.current(this.context.environment())
			.orElseThrow(() -> new ParameterException(this.spec.commandLine(),
					"no appKey: pass --app-key or set " + Keys.APP_KEY_VARIABLE));
		if (this.presented == null) {
			this.spec.commandLine().getOut().println(name() + "=" + sign(key));
			return SigningCli.VALID;
		}
		Verifier verifier = new Verifier(this.appKeys.ring(key, this.env, this.context.clock()), this.context.clock());
		Verification outcome = verify(verifier, AppKeyOptions.APP_ID, this.env, this.presented);
		this.spec.commandLine().getOut().println(Report.explanation(name(), outcome));
		return outcome.isValid() ? SigningCli.VALID : SigningCli.INVALID;
	}

	/** The signature's name in the protocol. */
	abstract String name();

	abstract String sign(Secret key);

	abstract Verification verify(Verifier verifier, String appId, Env env, String presented);

}
