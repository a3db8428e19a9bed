package dev.vpaysandbox.e2e;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.ItemChange;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.KeyRotation;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * Someone changes the platform's console while orders are in flight: a price, an item's
 * publication, an appKey. These tests change the mock's state, so they run on services of
 * their own (order-service refreshing its keys every second), each on its own app and
 * product.
 */
class PlatformConsoleChangesIT {

	private static SandboxServices services;

	private static VpaySandbox platform;

	@BeforeAll
	static void startOwnServices() {
		services = SandboxServices.builder().orderArg("--vpay.order.keys.refresh-interval=1s").start();
		platform = services.sandbox();
	}

	@AfterAll
	static void stopOwnServices() {
		services.close();
	}

	@Test
	void aPriceChangedOnThePlatformOnlyIsRefusedAsAPriceMismatch() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		platform.items().change(DemoApp.MINI_PROGRAM.appId(), "gem-pack", ItemChange.price(1099));
		PlacedOrder order = player.placeOrder("gem-pack", 1);
		assertThat(order.signData()).contains("\"goodsPrice\":999");

		JsApiResult refused = player.pay(order);

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errCode()).isEqualTo(-15002);
		assertThat(refused.failedCheck()).isEqualTo("price");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	@Test
	void anItemWithdrawnFromSaleOnThePlatformIsRefusedAsUnknown() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		platform.items().unpublish(DemoApp.MINI_PROGRAM.appId(), "shield");
		PlacedOrder order = player.placeOrder("shield", 1);

		JsApiResult refused = player.pay(order);

		assertThat(refused.httpStatus()).as(refused.toString()).isEqualTo(404);
		assertThat(refused.errCode()).isEqualTo(-15010);
		assertThat(refused.failedCheck()).isEqualTo("item");
		Undelivered.assertRefusedWithoutPayment(player, order);
	}

	/**
	 * An emergency revocation (graceSeconds 0) after a key leaked: once order-service has
	 * seen the rotation, a notification forged with the old key delivers nothing, since
	 * the platform no longer accepts that key (issue 16, defect 1).
	 */
	@Test
	void aNotificationSignedWithARevokedAppKeyDeliversNothing() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		Secret leaked = DemoApp.MINI_GAME.appKey(platform, Env.PRODUCTION);
		PlacedOrder unpaid = player.placeOrder("shield", 1);
		String openid = platform.users().get(DemoApp.MINI_GAME.appId(), player.userId()).openid();

		platform.keys().rotate(DemoApp.MINI_GAME.appId(), Env.PRODUCTION, Duration.ZERO);
		Secret newKey = DemoApp.MINI_GAME.appKey(platform, Env.PRODUCTION);
		await("order-service to see the rotation").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> player.placeOrder("sword", 1),
					(order) -> order.paySig().equals(Signatures.paySig(newKey, order.method(), order.signData())));

		Reply forged = Http.post(services.orderUrl() + "/notify/virtual-payment", Map.of(),
				DemoApp.MINI_GAME.signedNotification(leaked, unpaid.outTradeNo(), openid, "shield", 1, 299));

		assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
		assertThat(forged.json().get("returnCode").asString()).isEqualTo("401");
		assertThat(player.order(unpaid.outTradeNo()).status()).isEqualTo("CREATED");
		assertThat(player.inventory()).isEmpty();
	}

	@Test
	void anOrderSignedWithTheOldAppKeyStillPaysInTheGraceWindowAndNewOrdersUseTheNewKey() {
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		PlacedOrder signedBeforeRotation = player.placeOrder("sword", 1);

		KeyRotation rotation = platform.keys().rotate(DemoApp.MINI_GAME.appId(), Env.PRODUCTION, Duration.ofHours(1));
		assertThat(rotation.version()).isEqualTo(rotation.previousVersion() + 1);

		JsApiResult paid = player.pay(signedBeforeRotation);
		assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.noteCodes()).containsExactly("PREVIOUS_KEY_IN_GRACE");
		player.awaitDelivered(signedBeforeRotation);

		Secret newKey = DemoApp.MINI_GAME.appKey(platform, Env.PRODUCTION);
		PlacedOrder signedAfterRefresh = await("order-service to sign with the new appKey")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> player.placeOrder("sword", 1),
					(order) -> order.paySig().equals(Signatures.paySig(newKey, order.method(), order.signData())));
		JsApiResult paidWithNewKey = player.pay(signedAfterRefresh);
		assertThat(paidWithNewKey.httpStatus()).as(paidWithNewKey.toString()).isEqualTo(200);
		assertThat(paidWithNewKey.notes()).isEmpty();
		player.awaitDelivered(signedAfterRefresh);
		assertThat(player.inventory()).containsExactly(entry("sword", 2L));
	}

}
