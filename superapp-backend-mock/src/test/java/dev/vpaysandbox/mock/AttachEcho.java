package dev.vpaysandbox.mock;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;

import static dev.vpaysandbox.mock.PreOrderCheckIntegrationTests.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code attach} rule end to end, on whichever database the mock runs: its limit
 * counts characters (Unicode code points), every attach the pre-order check accepts is
 * stored and echoed in the notification exactly, and text that is not Unicode (a lone
 * surrogate) is refused rather than changed.
 */
final class AttachEcho {

	/** The attach limit (docs/protocol.md#signdata), in characters. */
	static final int MAX_ATTACH = 1024;

	/** One character outside the Basic Multilingual Plane: two UTF-16 units. */
	static final String EMOJI = "\uD83D\uDE00";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private AttachEcho() {
	}

	/**
	 * Pays for a sword with an attach of {@code MAX_ATTACH} emoji (2048 UTF-16 units) and
	 * checks the notification's Attach is that text, signed as received.
	 */
	static void echoesTheLongestAttachOfCharactersOutsideTheBmp(Sandbox sandbox, NotifyReceiver receiver,
			String appId) {
		String attach = EMOJI.repeat(MAX_ATTACH);
		Session gamer = sandbox.login(appId, Sandbox.newUser());
		PaymentCall call = Sandbox.purchase(gamer, sandbox.appKey(appId, 0));
		PaymentCall withAttach = call.resigned(withAttach(call.signData(), attach), sandbox.appKey(appId, 0),
				gamer.sessionKey());

		Response paid = sandbox.pay(withAttach);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		Received received = receiver.await(1, WAIT).get(0);
		JsonNode goods = received.payload().get("GoodsInfo");
		assertThat(goods.get("Attach").stringValue()).isEqualTo(attach);
		String key = sandbox.appKey(appId, 0).reveal();
		assertThat(received.envelope().get("PayEventSig").stringValue()).isEqualTo(IndependentHmac.hex(key,
				received.envelope().get("Event").stringValue() + "&" + received.payloadText()));
	}

	/**
	 * One character more than the limit, counted in code points, is refused with -15002
	 * naming attach.
	 */
	static void refusesOneCharacterMoreThanTheLimit(Sandbox sandbox, String appId) {
		Session gamer = sandbox.login(appId, Sandbox.newUser());
		PaymentCall call = Sandbox.purchase(gamer, sandbox.appKey(appId, 0));
		String tooLong = withAttach(call.signData(), EMOJI.repeat(MAX_ATTACH + 1));
		Response refused = sandbox.pay(call.resigned(tooLong, sandbox.appKey(appId, 0), gamer.sessionKey()));
		assertFailure(refused, 400, -15002, "fields");
		assertThat(refused.json().get("diagnosis").get("violations").findValuesAsString("field"))
			.containsExactly("attach");
	}

	/**
	 * An attach holding a lone surrogate ({@code \ud800} escaped in the JSON text) is not
	 * Unicode text and cannot be echoed in UTF-8: refused with -15002 naming attach, and
	 * nothing is notified.
	 */
	static void refusesALoneSurrogate(Sandbox sandbox, NotifyReceiver receiver, String appId) {
		Session gamer = sandbox.login(appId, Sandbox.newUser());
		PaymentCall call = Sandbox.purchase(gamer, sandbox.appKey(appId, 0));
		String signData = call.signData().replace("}", ",\"attach\":\"a\\ud800b\"}");

		Response refused = sandbox.pay(call.resigned(signData, sandbox.appKey(appId, 0), gamer.sessionKey()));

		assertFailure(refused, 400, -15002, "fields");
		JsonNode violation = refused.json().get("diagnosis").get("violations").get(0);
		assertThat(violation.get("field").stringValue()).isEqualTo("attach");
		assertThat(violation.get("message").stringValue()).contains("surrogate");
		assertThat(receiver.received()).isEmpty();
	}

	private static String withAttach(String signData, String attach) {
		return signData.replace("}", ",\"attach\":" + MockHttp.JSON.writeValueAsString(attach) + "}");
	}

}
