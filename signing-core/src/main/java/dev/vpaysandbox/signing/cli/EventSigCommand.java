package dev.vpaysandbox.signing.cli;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code event-sig}: the {@code PayEventSig} of a delivery notification. */
@Command(name = "event-sig", usageHelpAutoWidth = true,
		description = {
				"Sign or verify the PayEventSig of a delivery notification: the appKey over Event&Payload, "
						+ "the Payload being the JSON text inside the notification's string.",
				"Prints PayEventSig=<hex>, or with --verify the outcome and its diagnosis." })
final class EventSigCommand extends AppKeySignatureCommand {

	@Option(names = "--event", required = true, paramLabel = "EVENT",
			description = "minigame_game_pay_goods_deliver_notify (mini games) or xpay_goods_deliver_notify "
					+ "(mini programs).")
	private String event;

	@Option(names = "--payload", required = true, paramLabel = "TEXT|@FILE|@-",
			description = "The Payload text exactly as sent, or @path to read it from a file, @- from stdin.")
	private String payload;

	EventSigCommand(CliContext context) {
		super(context);
	}

	@Override
	String name() {
		return "PayEventSig";
	}

	@Override
	String sign(Secret key) {
		warnAboutUnknownEvent();
		return Signatures.payEventSig(key, this.event, payloadText());
	}

	@Override
	Verification verify(Verifier verifier, String appId, Env env, String presented) {
		warnAboutUnknownEvent();
		return verifier.payEventSig(appId, env, this.event, payloadText(), presented);
	}

	private String payloadText() {
		return TextInput.text(this.payload, "--payload", this.context.stdin(), this.spec);
	}

	private void warnAboutUnknownEvent() {
		if (PayMethod.fromDeliveryEvent(this.event).isEmpty()) {
			this.spec.commandLine()
				.getErr()
				.println("warning: " + this.event + " is not a delivery Event of the protocol ("
						+ PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM.deliveryEvent() + ", "
						+ PayMethod.REQUEST_VIRTUAL_PAYMENT.deliveryEvent() + ")");
		}
	}

}
