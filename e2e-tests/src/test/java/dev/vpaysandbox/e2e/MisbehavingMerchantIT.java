package dev.vpaysandbox.e2e;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The mistakes a merchant backend makes, replayed against the real services:
 * order-service signs correctly, so the test re-signs paySig as a misconfigured backend
 * would (with the appKey it gets from the key exchange, like any merchant). Each is
 * refused with its exact errCode and the diagnosis' hint, and nothing is delivered.
 */
class MisbehavingMerchantIT {

	private final SandboxServices services = SandboxServices.shared();

	@Test
	void paySigWithAKeyThatIsNotTheAppsIsRefused() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 1);
		Secret wrongKey = Secret.of("NotTheAppKeyOfDemoMinigame000000");

		JsApiResult refused = payResigned(player, order, Signatures.paySig(wrongKey, order.method(), order.signData()));

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.errCode()).isEqualTo(-15006);
		assertThat(refused.signatureReason()).isEqualTo("MISMATCH");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void paySigOverTheOtherMethodIsRefusedWithItsHint() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("sword", 1);
		Secret appKey = DemoApp.MINI_PROGRAM.appKey(this.services.sandbox(), Env.PRODUCTION);

		JsApiResult refused = payResigned(player, order,
				Signatures.paySig(appKey, order.method().other(), order.signData()));

		assertThat(refused.errCode()).as(refused.toString()).isEqualTo(-15006);
		assertThat(refused.hints()).containsExactly("OTHER_METHOD");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void paySigWithTheOtherEnvsKeyIsRefusedWithItsHint() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("shield", 1);
		assertThat(order.signData()).contains("\"env\":0");
		Secret sandboxKey = DemoApp.MINI_GAME.appKey(this.services.sandbox(), Env.SANDBOX);

		JsApiResult refused = payResigned(player, order,
				Signatures.paySig(sandboxKey, order.method(), order.signData()));

		assertThat(refused.errCode()).as(refused.toString()).isEqualTo(-15006);
		assertThat(refused.hints()).containsExactly("OTHER_ENV_KEY");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void anOrderSignedBeforeTheUserLoggedInAgainIsRefusedAsAStaleSession() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder signedWithOldSession = player.placeOrder("gem-pack", 1);
		player.logIn();

		JsApiResult refused = player.pay(signedWithOldSession);

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.errCode()).isEqualTo(-15005);
		assertThat(refused.failedCheck()).isEqualTo("signature");
		assertThat(refused.hints()).containsExactly("STALE_SESSION");
		Undelivered.assertRefusedWithoutPayment(player, signedWithOldSession);

		PlacedOrder signedWithNewSession = player.placeOrder("gem-pack", 1);
		assertThat(player.pay(signedWithNewSession).httpStatus()).isEqualTo(200);
		player.awaitDelivered(signedWithNewSession);
		assertThat(player.inventory()).containsExactly(entry("gem-pack", 1L));
	}

	@Test
	void aProductOutsideTheCatalogueIsRefusedByOrderServiceBeforeAnythingIsSigned() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();

		Reply refused = player.requestOrder("dragon", 1);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.json().get("type").asString())
			.isEqualTo("https://vpay-sandbox.dev/problems/unknown-product");
		assertThat(refused.json().has("outTradeNo")).isFalse();
		assertThat(player.inventory()).isEmpty();
	}

	private static JsApiResult payResigned(FrontEnd player, PlacedOrder order, String paySig) {
		return player.pay(player.paymentCall(order).withPaySig(paySig));
	}

}
