package dev.vpaysandbox.mock;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static dev.vpaysandbox.mock.Sandbox.MINI_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/** query_order, refund_order and notify_provide_goods, with their refusals. */
class MerchantApiIntegrationTests extends DemoGameIntegrationTest {

	@Test
	void queriesAPaidOrder() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "shield", 299, 2, Env.PRODUCTION);
		// delayed, so that no delivery attempt has made it status 3 yet
		Response paid = this.sandbox.pay(call, Sandbox.SCENARIO, "delay=1h");
		JsonNode order = query(this.gamer, call.outTradeNo(), 0).get("order");
		assertThat(order.get("order_id").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(order.get("wx_order_id").stringValue()).isEqualTo(paid.header("X-Sandbox-Payment-Id"));
		assertThat(order.get("status").intValue()).isEqualTo(2);
		assertThat(order.get("order_fee").longValue()).isEqualTo(598);
		assertThat(order.get("paid_fee").longValue()).isEqualTo(598);
		assertThat(order.get("refund_fee").longValue()).isZero();
		assertThat(order.get("left_fee").longValue()).isEqualTo(598);
		assertThat(order.get("create_time").longValue()).isEqualTo(this.clock.instant().getEpochSecond());
		assertThat(order.get("paid_time").longValue()).isEqualTo(this.clock.instant().getEpochSecond());
		assertThat(order.get("provide_time").longValue()).isZero();
		assertThat(order.get("env_type").intValue()).isZero();
	}

	@Test
	void queriesAPendingOrderAndAnOrderOfTheSandboxEnv() {
		PaymentCall pending = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(pending, "X-Sandbox-Cashier", "pending");
		JsonNode order = query(this.gamer, pending.outTradeNo(), 0).get("order");
		assertThat(order.get("status").intValue()).isEqualTo(1);
		assertThat(order.get("paid_fee").longValue()).isZero();
		assertThat(order.get("paid_time").longValue()).isZero();
		PaymentCall sandboxEnv = this.sandbox.purchase(this.gamer, "sword", 199, 1, Env.SANDBOX);
		this.sandbox.pay(sandboxEnv);
		assertThat(query(this.gamer, sandboxEnv.outTradeNo(), 1).get("order").get("env_type").intValue()).isEqualTo(1);
		assertThat(errcode(query(this.gamer, sandboxEnv.outTradeNo(), 0))).isEqualTo(268490002);
	}

	@Test
	void answersNoSuchOrderForAnOutTradeNoNeverAcceptedOrAnotherUser() {
		PaymentCall refused = this.sandbox.purchase(this.gamer).withPaySig("00".repeat(32));
		this.sandbox.pay(refused);
		assertThat(errcode(query(this.gamer, refused.outTradeNo(), 0))).isEqualTo(268490002);
		PaymentCall paid = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(paid);
		Session other = this.sandbox.login(MINI_GAME, Sandbox.newUser());
		assertThat(errcode(query(other, paid.outTradeNo(), 0))).isEqualTo(268490002);
	}

	@Test
	void refusesAnUnknownOrMissingAccessToken() {
		String body = "{\"openid\":\"" + this.gamer.openid() + "\",\"env\":0,\"order_id\":\"whatever1\"}";
		String paySig = Signatures.payApiSig(this.sandbox.appKey(MINI_GAME, 0), "/xpay/query_order", body);
		assertThat(errcode(this.sandbox.http.post("/xpay/query_order?access_token=nope&pay_sig=" + paySig, body)))
			.isEqualTo(40001);
		assertThat(errcode(this.sandbox.http.post("/xpay/query_order?pay_sig=" + paySig, body))).isEqualTo(40001);
	}

	@Test
	void refusesAnExpiredAccessTokenButKeepsOthersValid() {
		String body = "{\"openid\":\"" + this.gamer.openid() + "\",\"env\":0,\"order_id\":\"whatever1\"}";
		String paySig = Signatures.payApiSig(this.sandbox.appKey(MINI_GAME, 0), "/xpay/query_order", body);
		String old = this.sandbox.accessToken(MINI_GAME);
		this.clock.advance(Duration.ofSeconds(3600));
		String newer = this.sandbox.accessToken(MINI_GAME);
		this.clock.advance(Duration.ofSeconds(3600));
		assertThat(
				errcode(this.sandbox.http.post("/xpay/query_order?access_token=" + old + "&pay_sig=" + paySig, body)))
			.isEqualTo(42001);
		assertThat(
				errcode(this.sandbox.http.post("/xpay/query_order?access_token=" + newer + "&pay_sig=" + paySig, body)))
			.isEqualTo(268490002);
	}

	@Test
	void refusesAWrongPaySigWithADiagnosis() {
		String body = "{\"openid\":\"" + this.gamer.openid() + "\",\"env\":1,\"order_id\":\"whatever1\"}";
		Secret productionKey = this.sandbox.appKey(MINI_GAME, 0);
		String wrongEnv = Signatures.payApiSig(productionKey, "/xpay/query_order", body);
		Response response = this.sandbox.http.post(
				"/xpay/query_order?access_token=" + this.sandbox.accessToken(MINI_GAME) + "&pay_sig=" + wrongEnv, body);
		assertThat(errcode(response)).isEqualTo(268490003);
		assertThat(response.json().get("diagnosis").get("hints").findValuesAsString("code")).contains("OTHER_ENV_KEY");
		assertThat(response.body()).doesNotContain(productionKey.reveal(), this.sandbox.appKey(MINI_GAME, 1).reveal());
		Response missing = this.sandbox.http
			.post("/xpay/query_order?access_token=" + this.sandbox.accessToken(MINI_GAME), body);
		assertThat(errcode(missing)).isEqualTo(268490003);
	}

	@Test
	void refundsPartlyThenFullyAndRefusesWhatIsNotLeft() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "sword", 199, 3, Env.PRODUCTION);
		String paymentId = this.sandbox.pay(call, Sandbox.SCENARIO, "delay=1h").header("X-Sandbox-Payment-Id");
		JsonNode refunded = refund(call, "refund-0001", 100, 597).json();
		assertThat(errcode(refunded)).isZero();
		assertThat(refunded.get("errmsg").stringValue()).isEqualTo("ok");
		assertThat(refunded.get("refund_order_id").stringValue()).isEqualTo("refund-0001");
		assertThat(refunded.get("refund_wx_order_id").stringValue()).isEqualTo(paymentId + "-refund-0001");
		assertThat(refunded.get("pay_order_id").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(refunded.get("pay_wx_order_id").stringValue()).isEqualTo(paymentId);
		JsonNode order = query(this.gamer, call.outTradeNo(), 0).get("order");
		assertThat(order.get("status").intValue()).isEqualTo(2);
		assertThat(order.get("refund_fee").longValue()).isEqualTo(100);
		assertThat(order.get("left_fee").longValue()).isEqualTo(497);
		assertThat(errcode(refund(call, "refund-0001", 100, 497))).isEqualTo(268490004);
		assertThat(errcode(refund(call, "refund-0002", 498, 497))).isEqualTo(268490006);
		assertThat(errcode(refund(call, "refund-0002", 10, 597))).isEqualTo(268490002);
		assertThat(errcode(refund(call, "refund-0002", 497, 497))).isZero();
		order = query(this.gamer, call.outTradeNo(), 0).get("order");
		assertThat(order.get("status").intValue()).isEqualTo(5);
		assertThat(order.get("left_fee").longValue()).isZero();
		assertThat(errcode(refund(call, "refund-0003", 1, 0))).isEqualTo(268490006);
	}

	@Test
	void refusesToRefundAnUnpaidOrUnknownOrder() {
		PaymentCall pending = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(pending, "X-Sandbox-Cashier", "pending");
		assertThat(errcode(refund(pending, "refund-0001", 1, 0))).isEqualTo(268490002);
		PaymentCall never = this.sandbox.purchase(this.gamer);
		assertThat(errcode(refund(never, "refund-0001", 1, 199))).isEqualTo(268490002);
		PaymentCall paid = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(paid);
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "refund_order",
				"{\"openid\":\"" + this.gamer.openid() + "\",\"order_id\":\"" + paid.outTradeNo() + "\"}", 0)))
			.isEqualTo(268490002);
	}

	@Test
	void providesGoodsOnceForAPaidOrder() {
		PaymentCall paid = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(paid, Sandbox.SCENARIO, "delay=1h");
		String body = "{\"order_id\":\"" + paid.outTradeNo() + "\",\"env\":0}";
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "notify_provide_goods", body, 0))).isZero();
		JsonNode order = query(this.gamer, paid.outTradeNo(), 0).get("order");
		assertThat(order.get("status").intValue()).isEqualTo(4);
		assertThat(order.get("provide_time").longValue()).isEqualTo(this.clock.instant().getEpochSecond());
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "notify_provide_goods", body, 0))).isEqualTo(268490004);
	}

	@Test
	void refusesToProvideGoodsForAnUnpaidOrUnknownOrder() {
		PaymentCall pending = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(pending, "X-Sandbox-Cashier", "pending");
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "notify_provide_goods",
				"{\"order_id\":\"" + pending.outTradeNo() + "\",\"env\":0}", 0)))
			.isEqualTo(268490002);
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "notify_provide_goods", "{\"order_id\":\"unknown-1\"}", 0)))
			.isEqualTo(268490002);
	}

	@Test
	void findsAMiniProgramOrderByItsWxOrderId() {
		Session buyer = this.sandbox.login(MINI_PROGRAM, Sandbox.newUser());
		PaymentCall call = this.sandbox.purchase(buyer);
		String paymentId = this.sandbox.pay(call).header("X-Sandbox-Payment-Id");
		JsonNode answer = this.sandbox
			.xpay(MINI_PROGRAM, "query_order",
					"{\"openid\":\"" + buyer.openid() + "\",\"env\":0,\"wx_order_id\":\"" + paymentId + "\"}", 0)
			.json();
		assertThat(answer.get("order").get("order_id").stringValue()).isEqualTo(call.outTradeNo());
	}

	@Test
	void refundsAnOrderFoundByItsWxOrderIdAsQueryOrderFindsIt() {
		PaymentCall call = this.sandbox.purchase(this.gamer, "sword", 199, 2, Env.PRODUCTION);
		String paymentId = this.sandbox.pay(call, Sandbox.SCENARIO, "delay=1h").header("X-Sandbox-Payment-Id");
		String byWxOrderId = "{\"openid\":\"" + this.gamer.openid() + "\",\"wx_order_id\":\"" + paymentId
				+ "\",\"refund_order_id\":\"refund-wx-1\",\"left_fee\":398,\"refund_fee\":100,\"env\":0}";

		JsonNode refunded = this.sandbox.xpay(MINI_GAME, "refund_order", byWxOrderId, 0).json();

		assertThat(errcode(refunded)).as(refunded.toString()).isZero();
		assertThat(refunded.get("pay_order_id").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(refunded.get("pay_wx_order_id").stringValue()).isEqualTo(paymentId);
		assertThat(query(this.gamer, call.outTradeNo(), 0).get("order").get("left_fee").longValue()).isEqualTo(298);
		String unknown = byWxOrderId.replace(paymentId, "mp-no-such-payment").replace("refund-wx-1", "refund-wx-2");
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "refund_order", unknown, 0))).isEqualTo(268490002);
		Session other = this.sandbox.login(MINI_GAME, Sandbox.newUser());
		String othersOpenid = byWxOrderId.replace(this.gamer.openid(), other.openid())
			.replace("refund-wx-1", "refund-wx-3");
		assertThat(errcode(this.sandbox.xpay(MINI_GAME, "refund_order", othersOpenid, 0))).isEqualTo(268490002);
	}

	private JsonNode query(Session session, String outTradeNo, int env) {
		return this.sandbox
			.xpay(session.appId(), "query_order",
					"{\"openid\":\"" + session.openid() + "\",\"env\":" + env + ",\"order_id\":\"" + outTradeNo + "\"}",
					env)
			.json();
	}

	private Response refund(PaymentCall call, String refundOrderId, long refundFee, long leftFee) {
		return this.sandbox.xpay(MINI_GAME, "refund_order",
				"{\"openid\":\"" + this.gamer.openid() + "\",\"order_id\":\"" + call.outTradeNo()
						+ "\",\"refund_order_id\":\"" + refundOrderId + "\",\"left_fee\":" + leftFee
						+ ",\"refund_fee\":" + refundFee + ",\"refund_reason\":\"1\",\"req_from\":\"2\",\"env\":0}",
				0);
	}

	private static int errcode(JsonNode answer) {
		return answer.get("errcode").intValue();
	}

	private static int errcode(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return errcode(response.json());
	}

}
