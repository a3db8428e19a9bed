package dev.vpaysandbox.order.order;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SessionSignatureVerifier;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrderPlacementIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	PurchaseOrderRepository repository;

	@Test
	void signsAMiniGameOrderInTheCanonicalFormWithTheServersPrice() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		TestApi.Response response = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":2,\"platform\":\"Android\",\"attach\":\"lvl=3 \\\"gold\\\"\"}",
				user.token());

		assertThat(response.status()).isEqualTo(201);
		JsonNode order = response.json();
		String outTradeNo = order.path("outTradeNo").asString();
		assertThat(response.header("Location")).isEqualTo("/api/orders/" + outTradeNo);
		assertThat(order.path("signData").asString()).isEqualTo("{\"mode\":\"goods\",\"buyQuantity\":2,\"env\":0,"
				+ "\"currencyType\":\"USD\",\"platform\":\"android\",\"productId\":\"sword\",\"goodsPrice\":199,"
				+ "\"outTradeNo\":\"" + outTradeNo + "\",\"attach\":\"lvl=3 \\\"gold\\\"\"}");
		assertThat(order.path("method").asString()).isEqualTo("requestMidasPaymentGameItem");
		assertThat(order.path("mode").asString()).isEqualTo("goods");
		assertThat(order.path("expiresAt").asString()).isNotEmpty();
		assertThat(order.has("sessionKey")).isFalse();
	}

	@Test
	void paySigAndSignatureVerifyWithThePlatformsKeys() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		JsonNode order = this.api.order(user, "shield", 3);
		String signData = order.path("signData").asString();

		assertThat(platform.verifier()
			.paySig("demo-minigame", Env.PRODUCTION, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, signData,
					order.path("paySig").asString())
			.isValid()).isTrue();
		assertThat(SessionSignatureVerifier
			.verify(signData, order.path("signature").asString(), platform.sessionKey("demo-minigame", user.userId()),
					List.of(), PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM)
			.isValid()).isTrue();
		assertThat(SignDataParser.parse(signData, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void signsAMiniProgramOrderWithItsOfferIdAndModeBesideSignData() {
		TestApi.User user = this.api.login("demo-miniprogram", newUserId());
		JsonNode order = this.api.order(user, "gem-pack", 1);
		String outTradeNo = order.path("outTradeNo").asString();
		String signData = order.path("signData").asString();

		assertThat(signData).isEqualTo("{\"offerId\":\"demo-offer\",\"buyQuantity\":1,\"env\":0,"
				+ "\"currencyType\":\"USD\",\"productId\":\"gem-pack\",\"goodsPrice\":999,\"outTradeNo\":\""
				+ outTradeNo + "\"}");
		assertThat(order.path("method").asString()).isEqualTo("requestVirtualPayment");
		assertThat(order.path("mode").asString()).isEqualTo("short_series_goods");
		assertThat(platform.verifier()
			.paySig("demo-miniprogram", Env.PRODUCTION, PayMethod.REQUEST_VIRTUAL_PAYMENT, signData,
					order.path("paySig").asString())
			.isValid()).isTrue();
	}

	@Test
	void storesTheExactSignDataAsCreated() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		JsonNode order = this.api.order(user, "sword", 1);

		PurchaseOrder stored = this.repository.findByOutTradeNo(order.path("outTradeNo").asString()).orElseThrow();
		assertThat(stored.signData()).isEqualTo(order.path("signData").asString());
		assertThat(stored.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(stored.snapshot().amount()).isEqualTo(199);
	}

	@Test
	void signsWithTheSessionKeyOfTheUsersNewestLogin() {
		String userId = newUserId();
		TestApi.User first = this.api.login("demo-minigame", userId);
		this.api.login("demo-minigame", userId);

		JsonNode order = this.api.order(first, "sword", 1);

		assertThat(SessionSignatureVerifier
			.verify(order.path("signData").asString(), order.path("signature").asString(),
					platform.sessionKey("demo-minigame", userId), List.of(), PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM)
			.isValid()).isTrue();
	}

	@Test
	void givesEveryOrderANewOutTradeNoThatMeetsTheSpecRules() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			numbers.add(this.api.order(user, "sword", 1).path("outTradeNo").asString());
		}
		assertThat(numbers).hasSize(20).allSatisfy((number) -> assertThat(OutTradeNo.isValid(number)).isTrue());
	}

}
