package dev.vpaysandbox.signing.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SessionSignatureVerifier;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Verifies the paySig and/or signature of a signData as the super app's pre-order check
 * does; {@code verify} and {@code explain} differ only in how much they print.
 */
abstract class SignDataVerification implements Callable<Integer> {

	private final CliContext context;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	private boolean help;

	@Option(names = "--sign-data", required = true, paramLabel = "TEXT|@FILE|@-",
			description = "The signData exactly as received, or @path to read it from a file, @- from stdin.")
	private String signData;

	@Option(names = "--method", required = true, paramLabel = "METHOD",
			description = "requestMidasPaymentGameItem (mini games) or requestVirtualPayment (mini programs).")
	private PayMethod method;

	@Option(names = "--env", paramLabel = "0|1",
			description = "The env whose appKey verifies paySig (default: signData's env, else 0).")
	private Env env;

	@Option(names = "--pay-sig", paramLabel = "HEX", description = "The paySig to verify (needs an appKey).")
	private String paySig;

	@Option(names = "--signature", paramLabel = "HEX", description = "The signature to verify (needs a session_key).")
	private String signature;

	@Mixin
	private AppKeyOptions appKeys;

	@Option(names = "--session-key", paramLabel = "KEY",
			description = "The user's current session_key (default: $VPAY_SESSION_KEY).")
	private String sessionKey;

	@Option(names = "--earlier-session-key", paramLabel = "KEY",
			description = "A session_key of an earlier login, to recognise a stale one (repeatable).")
	private List<String> earlierSessionKeys = new ArrayList<>();

	SignDataVerification(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		if (this.paySig == null && this.signature == null) {
			throw usage("nothing to verify: pass --pay-sig, --signature or both");
		}
		String text = TextInput.text(this.signData, "--sign-data", this.context.stdin(), this.spec);
		Map<String, Verification> outcomes = new LinkedHashMap<>();
		if (this.paySig != null) {
			outcomes.put("paySig", verifyPaySig(text));
		}
		if (this.signature != null) {
			outcomes.put("signature", verifySignature(text));
		}
		Report.warnAboutRules(text, this.method, this.spec.commandLine().getErr());
		outcomes.forEach((name, outcome) -> this.spec.commandLine().getOut().println(print(name, outcome)));
		boolean valid = outcomes.values().stream().allMatch(Verification::isValid);
		return valid ? SigningCli.VALID : SigningCli.INVALID;
	}

	/** How this command prints one outcome. */
	abstract String print(String name, Verification outcome);

	private Verification verifyPaySig(String text) {
		Secret key = this.appKeys.current(this.context.environment())
			.orElseThrow(() -> usage("paySig needs an appKey: pass --app-key or set " + Keys.APP_KEY_VARIABLE));
		Env keyEnv = (this.env != null) ? this.env : envOf(text);
		KeyRing ring = this.appKeys.ring(key, keyEnv, this.context.clock());
		return new Verifier(ring, this.context.clock()).paySig(AppKeyOptions.APP_ID, keyEnv, this.method, text,
				this.paySig);
	}

	private Verification verifySignature(String text) {
		Secret key = Keys.fromOptionOrVariable(this.sessionKey, Keys.SESSION_KEY_VARIABLE, this.context.environment())
			.orElseThrow(() -> usage(
					"signature needs a session_key: pass --session-key or set " + Keys.SESSION_KEY_VARIABLE));
		List<Secret> earlier = this.earlierSessionKeys.stream().map(Secret::of).toList();
		return SessionSignatureVerifier.verify(text, this.signature, key, earlier, this.method);
	}

	private Env envOf(String text) {
		return (SignDataParser.parse(text, this.method) instanceof ParsedSignData.Valid valid)
				? valid.data().effectiveEnv() : Env.PRODUCTION;
	}

	private ParameterException usage(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
