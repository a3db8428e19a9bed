package dev.vpaysandbox.order.notify;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.order.FakeNotification;
import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.order.order.OrderLifecycle;
import dev.vpaysandbox.order.order.Orders;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification receiver against genuine, duplicate, forged, altered, malformed and
 * late notifications: each delivers exactly once or nothing, and answers in the
 * protocol's envelope.
 * <p>
 * Longer than the ~250 lines a file should keep to, for a reason: every case reads the
 * same few helpers (a purchase, what it owns, the journal's outcomes), which a split
 * would copy or hide in a base class that serves one test class.
 */
class NotificationIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	NotificationRecordRepository journal;

	@Autowired
	Orders orders;

	@Autowired
	OrderLifecycle lifecycle;

	@Test
	void deliversAGenuineNotificationAndAnswersTheSuccessEnvelope() {
		Purchase purchase = buy("demo-minigame", "sword", 3);

		TestApi.Response response = this.api.notify(purchase.notification().body());

		assertThat(response.status()).isEqualTo(200);
		JsonNode reply = response.json();
		assertThat(reply.path("returnCode").asString()).isEqualTo("0");
		assertThat(reply.path("returnMessage").asString()).isEqualTo("OK");
		assertThat(reply.path("data").asString()).isEqualTo("OK");
		assertThat(reply.path("requestId").asString()).isNotEmpty();
		assertThat(status(purchase)).isEqualTo("DELIVERED");
		assertThat(owned(purchase.user(), "sword")).isEqualTo(3);
		assertThat(outcomes(purchase)).containsExactly("DELIVERED");
	}

	@Test
	void answersADuplicateWithTheSameSuccessAndChangesNothing() {
		Purchase purchase = buy("demo-miniprogram", "gem-pack", 2);
		String body = purchase.notification().body();
		this.api.notify(body);
		JsonNode order = order(purchase);

		TestApi.Response duplicate = this.api.notify(body);

		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.json().path("returnCode").asString()).isEqualTo("0");
		assertThat(duplicate.json().path("data").asString()).isEqualTo("OK");
		assertThat(order(purchase)).isEqualTo(order);
		assertThat(owned(purchase.user(), "gem-pack")).isEqualTo(2);
		assertThat(outcomes(purchase)).containsExactly("DELIVERED", "DUPLICATE");
	}

	@Test
	void rejectsAForgedSignatureAndDeliversNothing() {
		Purchase purchase = buy("demo-minigame", "shield", 1);

		TestApi.Response response = this.api
			.notify(purchase.notification().signedWith(Secret.of("not-the-app-key")).body());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("returnCode").asString()).isNotEqualTo("0");
		assertNothingDelivered(purchase, "BAD_SIGNATURE");
		assertThat(this.journal.findByOutTradeNoOrderById(purchase.outTradeNo()).get(0).detail()).contains("MISMATCH");
	}

	@Test
	void rejectsAPayloadChangedAfterSigning() {
		Purchase purchase = buy("demo-minigame", "shield", 1);
		String genuine = purchase.notification().body();
		String tampered = genuine.replace("\\\"Quantity\\\":1", "\\\"Quantity\\\":50");
		assertThat(tampered).isNotEqualTo(genuine);

		TestApi.Response response = this.api.notify(tampered);

		assertThat(response.status()).isEqualTo(401);
		assertNothingDelivered(purchase, "BAD_SIGNATURE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "OpenId", "ProductId", "Quantity", "ActualPrice", "Env", "Event" })
	void rejectsAGenuineNotificationThatDiffersFromTheOrder(String field) {
		Purchase purchase = buy("demo-minigame", "sword", 2);
		FakeNotification notification = purchase.notification();
		switch (field) {
			case "OpenId" -> notification.openId("o-somebody-else");
			case "ProductId" -> notification.productId("shield");
			case "Quantity" -> notification.quantity(1);
			case "ActualPrice" -> notification.actualPrice(199);
			case "Env" -> notification.env(Env.SANDBOX);
			default -> notification.event("xpay_goods_deliver_notify");
		}

		TestApi.Response response = this.api.notify(notification.body());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().path("returnCode").asString()).isNotEqualTo("0");
		assertNothingDelivered(purchase, "MISMATCH");
		assertThat(this.journal.findByOutTradeNoOrderById(purchase.outTradeNo()).get(0).detail()).contains(field);
	}

	@Test
	void rejectsAGenuineNotificationForAnUnknownOrder() {
		TestApi.Response response = this.api.notify(
				platform.notification("demo-minigame", "VPUNKNOWN0000000001").paid("o-nobody", "sword", 1, 199).body());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("returnCode").asString()).isNotEqualTo("0");
		assertThat(this.journal.findByOutTradeNoOrderById("VPUNKNOWN0000000001"))
			.extracting(NotificationRecord::outcome)
			.containsExactly("UNKNOWN_ORDER");
	}

	@Test
	void treatsAForgedNotificationForAnUnknownOrderAsForged() {
		TestApi.Response response = this.api.notify(platform.notification("demo-minigame", "VPUNKNOWN0000000002")
			.paid("o-nobody", "sword", 1, 199)
			.signedWith(Secret.of("guess"))
			.body());

		assertThat(response.status()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{}", "[]", "{\"Event\":\"x\",\"Payload\":\"{}\"}",
			"{\"Event\":\"x\",\"Payload\":\"not json\",\"PayEventSig\":\"00\"}",
			"{\"Event\":\"x\",\"Payload\":\"{\\\"OutTradeNo\\\":\\\"VP123456789\\\",\\\"Env\\\":0}\",\"PayEventSig\":\"00\"}" })
	void rejectsAMalformedNotificationInTheProtocolsEnvelope(String body) {
		TestApi.Response response = this.api.notify(body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().path("returnCode").asString()).isEqualTo("400");
	}

	@Test
	void refusesAGenuinelySignedPayloadWithADuplicateKey() {
		Purchase purchase = buy("demo-minigame", "sword", 2);
		String payload = purchase.notification().payload();
		// two readings: a parser that keeps the first sees 1 cent, one that keeps the
		// last
		// the order's price
		String twice = payload.replace("\"ActualPrice\":", "\"ActualPrice\":1,\"ActualPrice\":");
		String event = "minigame_game_pay_goods_deliver_notify";
		String body = "{\"EventType\":\"event\",\"Event\":\"" + event + "\",\"PayModel\":\"goods\",\"Payload\":"
				+ JsonMapper.builder().build().writeValueAsString(twice) + ",\"PayEventSig\":\""
				+ Signatures.payEventSig(platform.currentKey("demo-minigame", Env.PRODUCTION), event, twice) + "\"}";

		TestApi.Response response = this.api.notify(body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("returnCode").asString()).isEqualTo("400");
		assertThat(response.json().path("returnMessage").asString()).contains("ActualPrice");
		assertThat(status(purchase)).isEqualTo("CREATED");
		assertThat(owned(purchase.user(), "sword")).isZero();
	}

	@Test
	void refusesAnEnvelopeWithADuplicateKey() {
		Purchase purchase = buy("demo-minigame", "shield", 1);
		String genuine = purchase.notification().body();
		String twice = genuine.replace("\"PayEventSig\":", "\"PayEventSig\":\"00\",\"PayEventSig\":");

		TestApi.Response response = this.api.notify(twice);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("returnMessage").asString()).contains("PayEventSig");
		assertThat(status(purchase)).isEqualTo("CREATED");
	}

	@Test
	void honoursAndFlagsANotificationForAnOrderThatHadExpired() {
		Purchase purchase = buy("demo-minigame", "sword", 1);
		long id = this.orders.findByOutTradeNo(purchase.outTradeNo()).orElseThrow().id();
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.lifecycle.expire(id)).isTrue();
		assertThat(status(purchase)).isEqualTo("EXPIRED");

		TestApi.Response response = this.api.notify(purchase.notification().body());

		assertThat(response.status()).isEqualTo(200);
		JsonNode order = order(purchase);
		assertThat(order.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(order.path("deliveredLate").asBoolean()).isTrue();
		assertThat(owned(purchase.user(), "sword")).isEqualTo(1);
		assertThat(outcomes(purchase)).containsExactly("DELIVERED_LATE");
	}

	@Test
	void keepsEachUsersInventoryApart() {
		Purchase purchase = buy("demo-minigame", "gem-pack", 4);
		TestApi.User other = this.api.login("demo-minigame", newUserId());

		this.api.notify(purchase.notification().body());

		assertThat(owned(purchase.user(), "gem-pack")).isEqualTo(4);
		assertThat(this.api.get("/api/inventory", other.token()).json().path("items")).isEmpty();
	}

	private Purchase buy(String appId, String productId, int quantity) {
		TestApi.User user = this.api.login(appId, newUserId());
		JsonNode order = this.api.order(user, productId, quantity);
		long amount = this.orders.findByOutTradeNo(order.path("outTradeNo").asString()).orElseThrow().amount();
		return new Purchase(user, order.path("outTradeNo").asString(), productId, quantity, amount);
	}

	private void assertNothingDelivered(Purchase purchase, String outcome) {
		assertThat(status(purchase)).isEqualTo("CREATED");
		assertThat(this.api.get("/api/inventory", purchase.user().token()).json().path("items")).isEmpty();
		assertThat(outcomes(purchase)).containsExactly(outcome);
	}

	private JsonNode order(Purchase purchase) {
		return this.api.get("/api/orders/" + purchase.outTradeNo(), purchase.user().token()).json();
	}

	private String status(Purchase purchase) {
		return order(purchase).path("status").asString();
	}

	private long owned(TestApi.User user, String productId) {
		for (JsonNode item : this.api.get("/api/inventory", user.token()).json().path("items")) {
			if (item.path("productId").asString().equals(productId)) {
				return item.path("quantity").asLong();
			}
		}
		return 0;
	}

	private List<String> outcomes(Purchase purchase) {
		return this.journal.findByOutTradeNoOrderById(purchase.outTradeNo())
			.stream()
			.map(NotificationRecord::outcome)
			.toList();
	}

	private record Purchase(TestApi.User user, String outTradeNo, String productId, int quantity, long amount) {

		FakeNotification notification() {
			return platform.notification(this.user.appId(), this.outTradeNo)
				.paid(this.user.openid(), this.productId, this.quantity, this.amount);
		}

	}

}
