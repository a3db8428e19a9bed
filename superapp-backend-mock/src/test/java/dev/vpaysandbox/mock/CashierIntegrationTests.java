package dev.vpaysandbox.mock;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** The cashier: immediate payment by default, or a pending payment settled later. */
class CashierIntegrationTests extends DemoGameIntegrationTest {

	@Test
	void leavesAPaymentPendingWhenTheRequestAsksAndPaysItLater() {
		Response pending = this.sandbox.pay(this.sandbox.purchase(this.gamer), "X-Sandbox-Cashier", "pending");
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
		String paymentId = pending.json().get("paymentId").stringValue();
		assertThat(pending.json().get("errMsg").stringValue()).isEqualTo("requestMidasPaymentGameItem:pending");
		assertThat(pending.json().get("cashierUrl").stringValue()).isEqualTo("/sandbox/cashier/" + paymentId);
		assertThat(pending.header("Location")).isEqualTo("/sandbox/cashier/" + paymentId);
		assertThat(notifications(paymentId)).isZero();

		JsonNode cashier = this.sandbox.http.get("/sandbox/cashier/" + paymentId).json();
		assertThat(cashier.get("status").stringValue()).isEqualTo("PENDING");
		assertThat(cashier.get("orderFee").longValue()).isEqualTo(199);
		assertThat(cashier.get("actions").get("pay").stringValue())
			.isEqualTo("/sandbox/payments/" + paymentId + "/pay");

		Response paid = this.sandbox.admin("POST", "/sandbox/payments/" + paymentId + "/pay", null);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.json().get("status").stringValue()).isEqualTo("PAID");
		assertThat(paid.json().get("queryStatus").intValue()).isEqualTo(2);
		assertThat(notifications(paymentId)).isEqualTo(1);

		Response again = this.sandbox.admin("POST", "/sandbox/payments/" + paymentId + "/pay", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").stringValue())
			.isEqualTo("https://vpay-sandbox.dev/problems/payment-not-pending");
		assertThat(notifications(paymentId)).isEqualTo(1);
	}

	@Test
	void closesAPendingPaymentThatIsCancelledOrFails() {
		String cancelled = pendingPayment();
		String failed = pendingPayment();
		Response cancel = this.sandbox.admin("POST", "/sandbox/payments/" + cancelled + "/cancel", null);
		Response fail = this.sandbox.admin("POST", "/sandbox/payments/" + failed + "/fail", null);
		assertThat(cancel.json().get("status").stringValue()).isEqualTo("CLOSED");
		assertThat(cancel.json().get("closeReason").stringValue()).isEqualTo("CANCELLED");
		assertThat(fail.json().get("closeReason").stringValue()).isEqualTo("FAILED");
		assertThat(fail.json().get("queryStatus").intValue()).isEqualTo(6);
		assertThat(notifications(cancelled) + notifications(failed)).isZero();
		assertThat(this.sandbox.admin("POST", "/sandbox/payments/" + cancelled + "/pay", null).status()).isEqualTo(409);
	}

	@Test
	void refusesAnUnknownCashierModeAndAnUnknownPayment() {
		PaymentCall call = this.sandbox.purchase(this.gamer);
		Response response = this.sandbox.pay(call, "X-Sandbox-Cashier", "later");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errCode").intValue()).isEqualTo(-15002);
		assertThat(this.sandbox.pay(call).status()).isEqualTo(200);
		assertThat(this.sandbox.admin("POST", "/sandbox/payments/mp-unknown/pay", null).status()).isEqualTo(404);
		assertThat(this.sandbox.http.get("/sandbox/cashier/mp-unknown").status()).isEqualTo(404);
	}

	@Test
	void listsPaymentsAndRecentVerdictsWithTheirDiagnosis() {
		String paymentId = pendingPayment();
		PaymentCall refused = this.sandbox.purchase(this.gamer).withPaySig("ab".repeat(32));
		this.sandbox.pay(refused);
		JsonNode pending = this.sandbox.admin("GET", "/sandbox/payments?appId=demo-minigame&status=pending", null)
			.json();
		assertThat(pending.findValuesAsString("paymentId")).contains(paymentId);
		assertThat(pending.findValuesAsString("status")).containsOnly("PENDING");
		JsonNode checks = this.sandbox.admin("GET", "/sandbox/checks?appId=demo-minigame&limit=5", null).json();
		assertThat(checks.get(0).get("outcome").stringValue()).isEqualTo("rejected");
		assertThat(checks.get(0).get("diagnosis").get("check").stringValue()).isEqualTo("paySig");
		assertThat(checks.get(1).get("paymentId").stringValue()).isEqualTo(paymentId);
		assertThat(this.sandbox.admin("GET", "/sandbox/payments?status=lost", null).status()).isEqualTo(400);
	}

	@Test
	void letsABrowserPageOfAnotherOriginCallTheJsApi() {
		Response preflight = this.sandbox.http.send("OPTIONS", "/sandbox/wx/requestMidasPaymentGameItem",
				HttpRequest.BodyPublishers.noBody(), "Origin", "http://localhost:8080", "Access-Control-Request-Method",
				"POST", "Access-Control-Request-Headers", "content-type,x-sandbox-cashier");
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		Response paid = this.sandbox.pay(this.sandbox.purchase(this.gamer), "Origin", "http://localhost:8080");
		assertThat(paid.header("Access-Control-Expose-Headers")).contains("X-Sandbox-Payment-Id");
		assertThat(this.sandbox.http.get("/sandbox/apps", "Origin", "http://localhost:8080")
			.header("Access-Control-Allow-Origin")).isNull();
	}

	private String pendingPayment() {
		Response pending = this.sandbox.pay(this.sandbox.purchase(this.gamer), "X-Sandbox-Cashier", "pending");
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
		return pending.json().get("paymentId").stringValue();
	}

	private int notifications(String paymentId) {
		return this.jdbc.queryForObject("select count(*) from notification where payment_id = ?", Integer.class,
				paymentId);
	}

}
