package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.NotifyReceiver.Received;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;

import static dev.vpaysandbox.mock.Sandbox.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos scenario tests against a receiver that behaves as a correct merchant backend
 * must: it verifies PayEventSig with the current appKey of the Payload's env (401
 * otherwise) and compares product and price with the order (400 otherwise).
 */
abstract class CorrectReceiverIntegrationTest extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

	@BeforeEach
	void answerAsACorrectReceiver() {
		this.receiver.answer(this::asACorrectReceiver);
	}

	/**
	 * Pays with a scenario, waits until it is acknowledged, answers how many copies came.
	 */
	int copiesSent(PaymentCall call, String... headers) {
		int before = this.receiver.received().size();
		assertThat(this.sandbox.pay(call, headers).status()).isEqualTo(200);
		awaitStatus(call, "ACKED");
		return (int) this.receiver.received()
			.stream()
			.skip(before)
			.filter((received) -> received.outTradeNo().equals(call.outTradeNo()))
			.count();
	}

	/**
	 * The first attempt is refused with {@code status}, the retry 15 s later accepted.
	 */
	List<Received> refusedThenAcceptedOnRetry(String scenario, int status) {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		this.sandbox.pay(call, SCENARIO, scenario);
		this.receiver.await(1, WAIT);
		awaitAttempts(call, 1, "READY");
		this.clock.advance(Duration.ofSeconds(15));
		List<Received> got = this.receiver.await(2, WAIT);
		JsonNode notification = awaitStatus(call, "ACKED");
		JsonNode attempts = notification.get("attempts");
		assertThat(attempts.findValuesAsString("outcome")).containsExactly("REFUSED", "ACKNOWLEDGED");
		assertThat(attempts.get(0).get("httpStatus").intValue()).isEqualTo(status);
		assertThat(attempts.get(0).get("faults").stringValue()).isEqualTo(scenario);
		assertThat(attempts.get(1).has("faults")).isFalse();
		return got;
	}

	private Reply asACorrectReceiver(Received received) {
		JsonNode payload = received.payload();
		String env = payload.get("Env").stringValue();
		String expected = IndependentHmac.hex(this.sandbox.appKey(this.appId, Integer.parseInt(env)).reveal(),
				received.envelope().get("Event").stringValue() + "&" + received.payloadText());
		if (!expected.equals(received.envelope().get("PayEventSig").stringValue())) {
			return Reply.status(401, "{\"returnCode\":\"401\",\"returnMessage\":\"PayEventSig does not verify\"}");
		}
		JsonNode goods = payload.get("GoodsInfo");
		long price = "shield".equals(ordered(received)) ? 299 : 199;
		if (!goods.get("ProductId").stringValue().equals(ordered(received))
				|| goods.get("ActualPrice").longValue() != price * goods.get("Quantity").longValue()) {
			return Reply.status(400, "{\"returnCode\":\"400\",\"returnMessage\":\"differs from the order\"}");
		}
		return Reply.success();
	}

	/** What the order of a notification was for, as the merchant stored it. */
	private String ordered(Received received) {
		return this.sandbox.admin("GET", "/sandbox/payments?outTradeNo=" + received.outTradeNo(), null)
			.json()
			.get(0)
			.get("productId")
			.stringValue();
	}

}
