package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static dev.vpaysandbox.mock.Sandbox.MINI_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of the pre-order check, through the HTTP endpoints, in the protocol's order
 * (docs/protocol.md#the-pre-order-check).
 */
class PreOrderCheckIntegrationTests extends DemoGameIntegrationTest {

	@Test
	void paysAMiniGameItemAtOnceAndQueuesOneNotification() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox.pay(call);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("errMsg").stringValue()).isEqualTo("requestMidasPaymentGameItem:ok");
		assertThat(response.json().has("errCode")).isFalse();
		String paymentId = response.header("X-Sandbox-Payment-Id");
		// the dispatcher may have made its first attempt already (to the seeded app's
		// notify URL, where nothing listens in tests)
		assertThat(this.jdbc.queryForObject("select status from payment where id = ?", String.class, paymentId))
			.isIn("PAID", "DELIVERING");
		assertThat(
				this.jdbc.queryForList("select status from notification where payment_id = ?", String.class, paymentId))
			.singleElement()
			.isIn("READY", "IN_FLIGHT");
	}

	@Test
	void paysAMiniProgramItemWithModeBesideSignData() {
		Session buyer = this.sandbox.login(MINI_PROGRAM, Sandbox.newUser());
		Response response = this.sandbox.pay(this.sandbox.purchase(buyer, "gem-pack", 999, 3, Env.SANDBOX));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("errMsg").stringValue()).isEqualTo("requestVirtualPayment:ok");
		assertThat(this.jdbc.queryForObject("select order_fee from payment where id = ?", Long.class,
				response.header("X-Sandbox-Payment-Id")))
			.isEqualTo(2997L);
	}

	@Test
	void refusesAnUnknownAppOrAMissingAppId() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		assertFailure(this.sandbox.pay(call.withAppId("no-such-app")), 404, -15002, "app");
		assertFailure(this.sandbox.pay(call.withAppId(null)), 400, -15001, "app");
	}

	@Test
	void refusesTheJsApiOfTheOtherAppType() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox.http.postJson("/sandbox/wx/requestVirtualPayment", call.body());
		assertFailure(response, 400, -15002, "app");
		assertThat(response.json().get("errMsg").stringValue()).startsWith("requestVirtualPayment:fail");
	}

	@Test
	void refusesPaymentsOfADisabledApp() {
		String appId = this.sandbox.newMiniGame();
		Session buyer = this.sandbox.login(appId, Sandbox.newUser());
		this.sandbox.admin("PATCH", "/sandbox/apps/" + appId, "{\"paymentEnabled\":false}");
		assertFailure(this.sandbox.pay(this.sandbox.purchase(buyer)), 403, -15002, "app");
	}

	@Test
	void refusesASignDataThatIsNotAStringHoldingAJsonObject() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		assertFailure(this.sandbox.pay(call.withSignData("not json")), 400, -15011, "signData");
		assertFailure(this.sandbox.pay(call.withSignData("[1,2]")), 400, -15011, "signData");
		assertFailure(this.sandbox.pay(call.withSignData(null)), 400, -15011, "signData");
		var body = call.body();
		body.put("signData", MockHttp.JSON.readTree(call.signData()));
		assertFailure(this.sandbox.http.postJson("/sandbox/wx/requestMidasPaymentGameItem", body), 400, -15011,
				"signData");
	}

	@Test
	void refusesMissingFieldsBeforeInvalidOnes() {
		String signData = "{\"mode\":\"goods\",\"buyQuantity\":1,\"currencyType\":\"usd\",\"goodsPrice\":199,"
				+ "\"outTradeNo\":\"" + Sandbox.newOutTradeNo() + "\"}";
		Response response = this.sandbox.pay(resign(this.sandbox.purchase(this.gamer), signData));
		assertFailure(response, 400, -15001, "fields");
		JsonNode violations = response.json().get("diagnosis").get("violations");
		assertThat(violations.get(0).get("field").stringValue()).isEqualTo("productId");
		assertThat(violations.findValuesAsString("field")).contains("currencyType");
	}

	@Test
	void refusesWrongTypesAndUnknownFields() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		String priceAsText = call.signData().replace("\"goodsPrice\":199", "\"goodsPrice\":\"199\"");
		assertFailure(this.sandbox.pay(resign(call, priceAsText)), 400, -15002, "fields");
		String decimal = call.signData().replace("\"buyQuantity\":1", "\"buyQuantity\":1.0");
		assertFailure(this.sandbox.pay(resign(call, decimal)), 400, -15002, "fields");
		String unknown = call.signData().replace("{", "{\"discount\":5,");
		assertFailure(this.sandbox.pay(resign(call, unknown)), 400, -15002, "fields");
		assertFailure(this.sandbox.pay(call.withSignature(null).withPaySig(null).withMode(null)), 401, -15006,
				"paySig");
	}

	@Test
	void refusesAMiniProgramCallWithoutGoodsMode() {
		Session buyer = this.sandbox.login(MINI_PROGRAM, Sandbox.newUser());
		PaymentCall call = this.sandbox.purchase(buyer);
		assertFailure(this.sandbox.pay(call.withMode(null)), 400, -15001, "fields");
		Response coin = this.sandbox.pay(call.withMode("short_series_coin"));
		assertFailure(coin, 400, -15002, "fields");
		assertThat(coin.json().get("diagnosis").get("message").stringValue()).contains("not supported");
	}

	@Test
	void refusesAnotherAppsOfferId() {
		Session buyer = this.sandbox.login(MINI_PROGRAM, Sandbox.newUser());
		PaymentCall call = this.sandbox.purchase(buyer);
		String otherOffer = call.signData().replace("\"offerId\":\"demo-offer\"", "\"offerId\":\"other-offer\"");
		Response response = this.sandbox
			.pay(call.resigned(otherOffer, this.sandbox.appKey(MINI_PROGRAM, 0), buyer.sessionKey()));
		assertFailure(response, 400, -15002, "fields");
		assertThat(response.json().get("diagnosis").get("violations").get(0).get("field").stringValue())
			.isEqualTo("offerId");
	}

	@Test
	void refusesAPaySigOfAnotherKeyWithoutRevealingKeys() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		String forged = Signatures.paySig(Secret.of("not-the-app-key"), call.method(), call.signData());
		Response response = this.sandbox.pay(call.withPaySig(forged));
		assertFailure(response, 401, -15006, "paySig");
		JsonNode signature = response.json().get("diagnosis").get("signature");
		assertThat(signature.get("reason").stringValue()).isEqualTo("MISMATCH");
		assertThat(signature.get("method").stringValue()).isEqualTo("requestMidasPaymentGameItem");
		assertThat(signature.get("key").get("env").intValue()).isZero();
		assertThat(signature.get("key").get("version").intValue()).isEqualTo(1);
		assertThat(signature.get("stringToSignLength").intValue())
			.isEqualTo(("requestMidasPaymentGameItem&" + call.signData()).length());
		assertThat(signature.get("hints")).isEmpty();
		assertThat(response.body()).doesNotContain(this.sandbox.appKey(MINI_GAME, 0).reveal(), call.paySig(),
				call.signData());
	}

	@Test
	void refusesASignatureOfAnotherKey() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox
			.pay(call.withSignature(Signatures.signature(Secret.of("some-other-session-key"), call.signData())));
		assertFailure(response, 401, -15005, "signature");
		assertThat(response.json().get("diagnosis").get("signature").get("key").get("kind").stringValue())
			.isEqualTo("session_key");
		assertThat(response.body()).doesNotContain(this.gamer.sessionKey().reveal(), call.signature());
	}

	@Test
	void refusesAUserWhoNeverLoggedIn() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox.pay(new PaymentCall(call.method(), call.appId(), "never-logged-in",
				call.signData(), call.paySig(), call.signature(), null));
		assertFailure(response, 401, -15005, "signature");
		assertThat(response.json().get("diagnosis").get("signature").get("reason").stringValue()).isEqualTo("NO_KEY");
	}

	@Test
	void checksPaySigBeforeTheSignatureAndTheItem() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "no-such-item", 199, 1, Env.PRODUCTION);
		assertFailure(this.sandbox.pay(call.withPaySig("00".repeat(32)).withSignature("11".repeat(32))), 401, -15006,
				"paySig");
		assertFailure(this.sandbox.pay(call.withSignature("11".repeat(32))), 401, -15005, "signature");
		assertFailure(this.sandbox.pay(call), 404, -15010, "item");
	}

	@Test
	void refusesAnUnpublishedItem() {
		String appId = this.sandbox.newMiniGame();
		Session buyer = this.sandbox.login(appId, Sandbox.newUser());
		this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/items/sword/unpublish", null);
		assertFailure(this.sandbox.pay(this.sandbox.purchase(buyer)), 404, -15010, "item");
		this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/items/sword/publish", null);
		assertThat(this.sandbox.pay(this.sandbox.purchase(buyer)).status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongPriceCurrencyOrQuantityInThatOrder() {
		assertFailure(this.sandbox.pay(this.sandbox.purchase(this.gamer, "sword", 198, 101, Env.PRODUCTION)), 400,
				-15002, "price");
		PaymentCall euros = this.sandbox.purchase(this.gamer);
		String inEuros = euros.signData().replace("\"USD\"", "\"EUR\"");
		assertFailure(this.sandbox.pay(resign(euros, inEuros)), 400, -15002, "currency");
		assertFailure(this.sandbox.pay(this.sandbox.purchase(this.gamer, "sword", 199, 101, Env.PRODUCTION)), 400,
				-15002, "quantity");
		assertThat(this.sandbox.pay(this.sandbox.purchase(this.gamer, "sword", 199, 100, Env.PRODUCTION)).status())
			.isEqualTo(200);
	}

	@Test
	void refusesAReusedOutTradeNoOfAPaidPaymentWith15007() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		assertThat(this.sandbox.pay(call).status()).isEqualTo(200);
		assertFailure(this.sandbox.pay(call), 409, -15007, "outTradeNo");
		assertThat(this.jdbc.queryForObject("select count(*) from payment where out_trade_no = ?", Integer.class,
				call.outTradeNo()))
			.isEqualTo(1);
	}

	@Test
	void refusesAReusedOutTradeNoOfAPendingOrClosedPaymentWith15003() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response pending = this.sandbox.pay(call, "X-Sandbox-Cashier", "pending");
		assertThat(pending.status()).isEqualTo(202);
		assertFailure(this.sandbox.pay(call), 409, -15003, "outTradeNo");
		this.sandbox.admin("POST", "/sandbox/payments/" + pending.json().get("paymentId").stringValue() + "/cancel",
				null);
		assertFailure(this.sandbox.pay(call), 409, -15003, "outTradeNo");
	}

	@Test
	void allowsTheSameOutTradeNoInTheOtherEnv() {
		PaymentCall production = this.sandbox.purchase(this.gamer);
		assertThat(this.sandbox.pay(production).status()).isEqualTo(200);
		String inSandbox = production.signData().replace("\"env\":0", "\"env\":1");
		PaymentCall sandboxCall = production.resigned(inSandbox, this.sandbox.appKey(MINI_GAME, 1),
				this.gamer.sessionKey());
		assertThat(this.sandbox.pay(sandboxCall).status()).isEqualTo(200);
	}

	private PaymentCall resign(PaymentCall call, String signData) {
		return call.resigned(signData, this.sandbox.appKey(call.appId(), 0), this.gamer.sessionKey());
	}

	static void assertFailure(Response response, int status, int errCode, String check) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		JsonNode json = response.json();
		assertThat(json.get("errCode").intValue()).as(response.toString()).isEqualTo(errCode);
		assertThat(json.get("errMsg").stringValue()).contains(":fail ");
		assertThat(json.get("diagnosis").get("check").stringValue()).as(response.toString()).isEqualTo(check);
		assertThat(json.get("diagnosis").get("errCode").intValue()).isEqualTo(errCode);
	}

}
