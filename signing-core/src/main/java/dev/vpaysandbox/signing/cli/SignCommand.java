package dev.vpaysandbox.signing.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sign}: paySig and/or signature of a signData, exactly as given. */
@Command(name = "sign", usageHelpAutoWidth = true, description = {
		"Sign a signData exactly as given: paySig with the appKey (needs --method), "
				+ "signature with the session_key. Prints paySig=<hex> and/or signature=<hex>.",
		"Warns on stderr about the signData rules (docs/protocol.md#signdata) it breaks, but signs it anyway." })
final class SignCommand implements Callable<Integer> {

	private final CliContext context;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	@Option(names = "--sign-data", required = true, paramLabel = "TEXT|@FILE|@-",
			description = "The signData text, or @path to read it from a file, @- from stdin.")
	private String signData;

	@Option(names = "--method", paramLabel = "METHOD",
			description = "requestMidasPaymentGameItem (mini games) or requestVirtualPayment (mini programs).")
	private PayMethod method;

	@Option(names = "--app-key", paramLabel = "KEY",
			description = "The appKey of signData's env (default: $VPAY_APP_KEY).")
	private String appKey;

	@Option(names = "--session-key", paramLabel = "KEY",
			description = "The user's session_key, as its literal text (default: $VPAY_SESSION_KEY).")
	private String sessionKey;

	SignCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		String text = TextInput.text(this.signData, "--sign-data", this.context.stdin(), this.spec);
		Optional<Secret> app = Keys.fromOptionOrVariable(this.appKey, Keys.APP_KEY_VARIABLE,
				this.context.environment());
		Optional<Secret> session = Keys.fromOptionOrVariable(this.sessionKey, Keys.SESSION_KEY_VARIABLE,
				this.context.environment());
		if (app.isEmpty() && session.isEmpty()) {
			throw new ParameterException(this.spec.commandLine(), "no key: pass --app-key or set "
					+ Keys.APP_KEY_VARIABLE + ", and/or --session-key or set " + Keys.SESSION_KEY_VARIABLE);
		}
		if (app.isPresent() && this.method == null) {
			throw new ParameterException(this.spec.commandLine(), "paySig signs method&signData: pass --method");
		}
		app.ifPresent((key) -> this.spec.commandLine()
			.getOut()
			.println("paySig=" + Signatures.paySig(key, this.method, text)));
		session.ifPresent(
				(key) -> this.spec.commandLine().getOut().println("signature=" + Signatures.signature(key, text)));
		if (this.method != null) {
			Report.warnAboutRules(text, this.method, this.spec.commandLine().getErr());
		}
		return SigningCli.VALID;
	}

}
