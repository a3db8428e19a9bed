package dev.vpaysandbox.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

import static dev.vpaysandbox.mock.PreOrderCheckIntegrationTests.assertFailure;
import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each diagnosis hint of a failed (or noted) signature, as the payment endpoint reports
 * it.
 */
class DiagnosisIntegrationTests extends DemoGameIntegrationTest {

	@Test
	void recognisesASignDataReSerializedAfterSigning() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		String pretty = call.signData().replace(",", ", ").replace(":", ": ");
		Response response = this.sandbox.pay(call.withSignData(pretty));
		assertFailure(response, 401, -15006, "paySig");
		assertThat(hints(response)).contains("WHITESPACE", "RESERIALIZED");
	}

	@Test
	void acceptsUpperCaseHexAndReportsIt() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox.pay(call.withPaySig(call.paySig().toUpperCase(Locale.ROOT))
			.withSignature(call.signature().toUpperCase(Locale.ROOT)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("notes").findValuesAsString("code")).containsOnly("UPPER_CASE_HEX").hasSize(2);
		Response payment = this.sandbox.admin("GET", "/sandbox/payments/" + response.header("X-Sandbox-Payment-Id"),
				null);
		assertThat(payment.json().get("check").get("notes").findValuesAsString("code")).contains("UPPER_CASE_HEX");
	}

	@Test
	void recognisesAPaySigForTheOtherMethod() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		String otherMethod = Signatures.paySig(this.sandbox.appKey(MINI_GAME, 0), PayMethod.REQUEST_VIRTUAL_PAYMENT,
				call.signData());
		Response response = this.sandbox.pay(call.withPaySig(otherMethod));
		assertFailure(response, 401, -15006, "paySig");
		assertThat(hints(response)).contains("OTHER_METHOD");
	}

	@Test
	void recognisesAPaySigMadeWithTheOtherEnvsKey() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "sword", 199, 1, Env.SANDBOX);
		String productionKeySig = Signatures.paySig(this.sandbox.appKey(MINI_GAME, 0), call.method(), call.signData());
		Response response = this.sandbox.pay(call.withPaySig(productionKeySig));
		assertFailure(response, 401, -15006, "paySig");
		assertThat(hints(response)).contains("OTHER_ENV_KEY");
		assertThat(response.json().get("diagnosis").get("signature").get("key").get("env").intValue()).isEqualTo(1);
	}

	@Test
	void recognisesASignatureOfAStaleSession() {
		Session first = this.gamer;
		Session second = this.sandbox.login(MINI_GAME, first.userId());
		PaymentCall call = this.sandbox.purchase(second);
		Response response = this.sandbox
			.pay(call.withSignature(Signatures.signature(first.sessionKey(), call.signData())));
		assertFailure(response, 401, -15005, "signature");
		assertThat(hints(response)).contains("STALE_SESSION");
		assertThat(response.body()).doesNotContain(first.sessionKey().reveal(), second.sessionKey().reveal());
	}

	@Test
	void acceptsThePreviousKeyWithinTheGraceWindowAndExplainsItAfter() {
		String appId = this.sandbox.newMiniGame();
		Session buyer = this.sandbox.login(appId, Sandbox.newUser());
		Secret previous = this.sandbox.appKey(appId, 0);
		Response rotation = this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/keys/rotate",
				"{\"env\":0,\"graceSeconds\":3600}");
		assertThat(rotation.status()).as(rotation.toString()).isEqualTo(200);
		assertThat(rotation.json().get("version").intValue()).isEqualTo(2);
		assertThat(rotation.json().get("previousVersion").intValue()).isEqualTo(1);
		assertThat(rotation.body()).doesNotContain(previous.reveal());
		Secret current = this.sandbox.appKey(appId, 0);
		assertThat(current).isNotEqualTo(previous);

		Response inGrace = this.sandbox.pay(signedWith(buyer, previous));
		assertThat(inGrace.status()).as(inGrace.toString()).isEqualTo(200);
		assertThat(inGrace.json().get("notes").findValuesAsString("code")).contains("PREVIOUS_KEY_IN_GRACE");

		this.clock.advance(Duration.ofSeconds(3600));
		Response afterGrace = this.sandbox.pay(signedWith(buyer, previous));
		assertFailure(afterGrace, 401, -15006, "paySig");
		assertThat(hints(afterGrace)).contains("PREVIOUS_KEY_EXPIRED");
		assertThat(afterGrace.json().get("diagnosis").get("signature").get("key").get("version").intValue())
			.isEqualTo(2);
		assertThat(this.sandbox.pay(signedWith(buyer, current)).status()).isEqualTo(200);
	}

	@Test
	void keepsTheRotatedKeyForTwentyFourHoursByDefault() {
		String appId = this.sandbox.newMiniGame();
		Instant now = this.clock.instant();
		Response rotation = this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/keys/rotate", "{\"env\":1}");
		assertThat(Instant.parse(rotation.json().get("previousAcceptedUntil").stringValue()))
			.isCloseTo(now.plus(Duration.ofHours(24)), org.assertj.core.api.Assertions.within(Duration.ofSeconds(1)));
		Response versions = this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/keys", null);
		assertThat(versions.json().findValuesAsString("version")).hasSize(3);
		assertThat(versions.body()).doesNotContain(this.sandbox.appKey(appId, 1).reveal());
	}

	private PaymentCall signedWith(Session buyer, Secret appKey) {
		PaymentCall call = this.sandbox.purchase(buyer);
		return call.withPaySig(Signatures.paySig(appKey, call.method(), call.signData()));
	}

	private static java.util.List<String> hints(Response response) {
		JsonNode hints = response.json().get("diagnosis").get("signature").get("hints");
		return hints.findValuesAsString("code");
	}

}
