package dev.vpaysandbox.signing.cli;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code pay-sig}: the server-API {@code pay_sig}, appKey over {@code uri&body}. */
@Command(name = "pay-sig", usageHelpAutoWidth = true,
		description = {
				"Sign or verify the pay_sig of a server API call (/xpay/...): the appKey over uri&body, "
						+ "the uri being the path only and the body its exact bytes.",
				"Prints pay_sig=<hex>, or with " + "--verify the outcome and its diagnosis." })
final class PaySigCommand extends AppKeySignatureCommand {

	@Option(names = "--uri", required = true, paramLabel = "PATH",
			description = "The request path, e.g. /xpay/query_order: no scheme, host or query string.")
	private String uri;

	@Option(names = "--body", required = true, paramLabel = "TEXT|@FILE|@-",
			description = "The exact body, or @path to read it from a file, @- from stdin.")
	private String body;

	PaySigCommand(CliContext context) {
		super(context);
	}

	@Override
	String name() {
		return "pay_sig";
	}

	@Override
	String sign(Secret key) {
		return Signatures.payApiSig(key, path(), bodyBytes());
	}

	@Override
	Verification verify(Verifier verifier, String appId, Env env, String presented) {
		return verifier.payApiSig(appId, env, path(), bodyBytes(), presented);
	}

	private String path() {
		if (!this.uri.startsWith("/") || this.uri.contains("?") || this.uri.contains("#")) {
			throw new ParameterException(this.spec.commandLine(),
					"--uri is the path only, e.g. /xpay/query_order (no scheme, host or query string)");
		}
		return this.uri;
	}

	private byte[] bodyBytes() {
		return TextInput.bytes(this.body, "--body", this.context.stdin(), this.spec);
	}

}
