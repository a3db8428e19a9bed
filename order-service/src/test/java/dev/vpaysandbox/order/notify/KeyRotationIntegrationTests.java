package dev.vpaysandbox.order.notify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.FakeNotification;
import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.order.order.Orders;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationIntegrationTests extends OrderServiceIntegrationTest {

	private static final String APP = "demo-miniprogram";

	@Autowired
	Orders orders;

	@Test
	void learnsARotatedKeyFromTheKeyExchangeWhenANotificationFailsToVerify() {
		TestApi.User user = this.api.login(APP, newUserId());
		String outTradeNo = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		this.clock.advance(Duration.ofMinutes(1));
		Secret rotated = platform.rotateKey(APP, Env.PRODUCTION);

		TestApi.Response response = this.api.notify(notification(user, outTradeNo).body());

		assertThat(response.status()).isEqualTo(200);
		JsonNode next = this.api.order(user, "sword", 1);
		assertThat(next.path("paySig").asString())
			.isEqualTo(Signatures.paySig(rotated, PayMethod.REQUEST_VIRTUAL_PAYMENT, next.path("signData").asString()));
	}

	@Test
	void acceptsThePreviousKeyOnlyDuringTheGraceWindow() {
		TestApi.User user = this.api.login(APP, newUserId());
		String first = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		String second = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		String third = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		Secret previous = platform.currentKey(APP, Env.PRODUCTION);
		this.clock.advance(Duration.ofMinutes(1));
		platform.rotateKey(APP, Env.PRODUCTION);
		assertThat(this.api.notify(notification(user, first).body()).status()).isEqualTo(200);

		TestApi.Response inGrace = this.api.notify(notification(user, second).signedWith(previous).body());
		this.clock.advance(Duration.ofHours(24).plusMinutes(1));
		TestApi.Response afterGrace = this.api.notify(notification(user, third).signedWith(previous).body());

		assertThat(inGrace.status()).isEqualTo(200);
		assertThat(afterGrace.status()).isEqualTo(401);
		assertThat(this.orders.findByOutTradeNo(third).orElseThrow().status().name()).isEqualTo("CREATED");
	}

	@Test
	void refusesTheOldKeyAtOnceOnceAnEmergencyRevocationIsSeen() {
		TestApi.User user = this.api.login(APP, newUserId());
		String paid = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		String unpaid = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		Secret leaked = platform.currentKey(APP, Env.PRODUCTION);
		this.clock.advance(Duration.ofMinutes(1));
		platform.rotateKey(APP, Env.PRODUCTION, Duration.ZERO);
		// a genuine notification, signed with the new key, shows order-service the
		// rotation
		assertThat(this.api.notify(notification(user, paid).body()).status()).isEqualTo(200);

		TestApi.Response forged = this.api.notify(notification(user, unpaid).signedWith(leaked).body());

		assertThat(forged.status()).isEqualTo(401);
		assertThat(this.orders.findByOutTradeNo(unpaid).orElseThrow().status().name()).isEqualTo("CREATED");
	}

	@Test
	void asksTheKeyExchangeBeforeTrustingKeysItHasNotConfirmedRecently() {
		TestApi.User user = this.api.login(APP, newUserId());
		String unpaid = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		Secret leaked = platform.currentKey(APP, Env.PRODUCTION);
		this.clock.advance(Duration.ofMinutes(1));
		platform.rotateKey(APP, Env.PRODUCTION, Duration.ZERO);

		// the forger is first: no genuine notification has shown the rotation yet
		TestApi.Response forged = this.api.notify(notification(user, unpaid).signedWith(leaked).body());

		assertThat(forged.status()).isEqualTo(401);
		assertThat(this.orders.findByOutTradeNo(unpaid).orElseThrow().status().name()).isEqualTo("CREATED");
	}

	@Test
	void acceptsThePreviousKeyExactlyAsLongAsThePlatformSays() {
		TestApi.User user = this.api.login(APP, newUserId());
		String first = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		String second = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		String third = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		Secret previous = platform.currentKey(APP, Env.PRODUCTION);
		this.clock.advance(Duration.ofMinutes(1));
		platform.rotateKey(APP, Env.PRODUCTION, Duration.ofMinutes(5));
		assertThat(this.api.notify(notification(user, first).body()).status()).isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(4));
		TestApi.Response inGrace = this.api.notify(notification(user, second).signedWith(previous).body());
		this.clock.advance(Duration.ofMinutes(1));
		TestApi.Response afterGrace = this.api.notify(notification(user, third).signedWith(previous).body());

		assertThat(inGrace.status()).isEqualTo(200);
		assertThat(afterGrace.status()).isEqualTo(401);
		assertThat(this.orders.findByOutTradeNo(third).orElseThrow().status().name()).isEqualTo("CREATED");
	}

	@Test
	void asksTheKeyExchangeAtMostOncePerIntervalWhateverForgersSend() {
		TestApi.User user = this.api.login(APP, newUserId());
		String outTradeNo = this.api.order(user, "sword", 1).path("outTradeNo").asString();
		this.clock.advance(Duration.ofMinutes(1));
		int before = platform.received("/sandbox/keys/exchange").size();

		for (int i = 0; i < 5; i++) {
			assertThat(this.api.notify(notification(user, outTradeNo).signedWith(Secret.of("forged-" + i)).body())
				.status()).isEqualTo(401);
		}

		assertThat(platform.received("/sandbox/keys/exchange").size() - before).isEqualTo(1);
	}

	private FakeNotification notification(TestApi.User user, String outTradeNo) {
		long amount = this.orders.findByOutTradeNo(outTradeNo).orElseThrow().amount();
		return platform.notification(APP, outTradeNo).paid(user.openid(), "sword", 1, amount);
	}

}
