package dev.vpaysandbox.mock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;

import static dev.vpaysandbox.mock.Sandbox.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The chaos faults of the payment call: the cashier declines or cancels, the call fails
 * with a 5xx or hangs although the payment went through, and a scenario header that does
 * not parse is refused.
 */
class PaymentCallScenarioIntegrationTests extends ShopIntegrationTest {

	static final Duration WAIT = Waiting.WAIT;

	@Test
	void declineClosesThePaymentWithErrCodeMinusOneAndNotifiesNothing() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response declined = this.sandbox.pay(call, SCENARIO, "decline");
		assertThat(declined.status()).isEqualTo(402);
		assertThat(declined.json().get("errMsg").stringValue())
			.isEqualTo("requestMidasPaymentGameItem:fail payment declined");
		assertThat(declined.json().get("errCode").intValue()).isEqualTo(-1);
		assertThat(declined.json().get("diagnosis").get("check").stringValue()).isEqualTo("cashier");
		assertThat(declined.header("X-Sandbox-Scenario-Applied")).isEqualTo("decline");
		assertClosedWithoutNotification(call, declined);
	}

	@Test
	void cancelClosesThePaymentWithErrCodeMinusTwoAndNotifiesNothing() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response cancelled = this.sandbox.pay(call, SCENARIO, "cancel");
		assertThat(cancelled.status()).isEqualTo(400);
		assertThat(cancelled.json().get("errMsg").stringValue()).isEqualTo("requestMidasPaymentGameItem:fail cancel");
		assertThat(cancelled.json().get("errCode").intValue()).isEqualTo(-2);
		assertClosedWithoutNotification(call, cancelled);
	}

	@Test
	void callErrorAnswersAFiveHundredAlthoughThePaymentIsTakenAndNotified() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response failed = this.sandbox.pay(call, SCENARIO, "call-error=503");
		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.json().get("errMsg").stringValue())
			.isEqualTo("requestMidasPaymentGameItem:fail system error");
		assertThat(failed.json().get("errCode").intValue()).isEqualTo(-1);
		assertThat(this.receiver.await(1, WAIT).get(0).outTradeNo()).isEqualTo(call.outTradeNo());
		awaitStatus(call, "ACKED");
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(4);
	}

	@Test
	void callHangHoldsTheAnswerPastTheClientsTimeoutWhileTheNotificationGoesOut() throws Exception {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/sandbox/wx/" + call.method().wireName()))
			.timeout(Duration.ofMillis(300))
			.header("Content-Type", "application/json")
			.header(SCENARIO, "call-hang=3s")
			.POST(HttpRequest.BodyPublishers.ofString(MockHttp.JSON.writeValueAsString(call.body())))
			.build();
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
		assertThat(this.receiver.await(1, WAIT).get(0).outTradeNo()).isEqualTo(call.outTradeNo());

		PaymentCall patient = this.sandbox.purchase(this.gamer);
		long start = System.nanoTime();
		Response held = this.sandbox.pay(patient, SCENARIO, "call-hang=700ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.json().get("errMsg").stringValue()).isEqualTo("requestMidasPaymentGameItem:ok");
		assertThat(held.header("X-Sandbox-Scenario-Applied")).isEqualTo("call-hang=700ms");
		JsonNode journaled = this.sandbox.admin("GET", "/sandbox/journal?outTradeNo=" + patient.outTradeNo(), null)
			.json();
		assertThat(journaled.get(0).get("heldMs").longValue()).isEqualTo(700);
	}

	@Test
	void refusesAnUnreadableScenarioHeaderAndStoresNothing() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response refused = this.sandbox.pay(call, SCENARIO, "explode");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errCode").intValue()).isEqualTo(-15002);
		assertThat(refused.json().get("diagnosis").get("message").stringValue())
			.startsWith("X-Sandbox-Scenario: unknown fault 'explode'");
		assertThat(this.sandbox.pay(call).status()).as("the outTradeNo is still unused").isEqualTo(200);
	}

	private void assertClosedWithoutNotification(PaymentCall call, Response answer) {
		String paymentId = answer.header("X-Sandbox-Payment-Id");
		assertThat(this.sandbox.order(this.gamer, call.outTradeNo(), 0).get("status").intValue()).isEqualTo(6);
		assertThat(this.sandbox.admin("GET", "/sandbox/notifications?paymentId=" + paymentId, null).json()).isEmpty();
		assertThat(this.sandbox.pay(call).json().get("errCode").intValue()).isEqualTo(-15003);
		assertThat(this.receiver.received()).isEmpty();
	}

}
