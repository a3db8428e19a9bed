package dev.vpaysandbox.mock;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;

import static dev.vpaysandbox.mock.Sandbox.MINI_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cashier as the user meets it: the page at the cashierUrl, and pay, cancel and fail
 * without the admin token, answering what the JS callback receives.
 */
class CashierPageIntegrationTests extends DemoGameIntegrationTest {

	@Test
	void servesThePageToBrowsersAndJsonToEveryoneElseAtTheCashierUrl() {
		String paymentId = pendingPayment(this.gamer);

		Response page = this.sandbox.http.get("/sandbox/cashier/" + paymentId, "Accept",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<title>Cashier · vpay-sandbox</title>", "/cashier.js");

		Response json = this.sandbox.http.get("/sandbox/cashier/" + paymentId);
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.json().get("status").stringValue()).isEqualTo("PENDING");

		Response unknown = this.sandbox.http.get("/sandbox/cashier/mp00000000000000000000000000000000", "Accept",
				"text/html");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("text/html");
	}

	@Test
	void theUserPaysWithoutTheAdminTokenAndTheCallbackSucceeds() {
		String paymentId = pendingPayment(this.gamer);
		JsonNode waiting = this.sandbox.http.get("/sandbox/cashier/" + paymentId + "/result").json();
		assertThat(waiting.get("settled").booleanValue()).isFalse();
		assertThat(waiting.get("result").isNull()).isTrue();

		Response paid = this.sandbox.http.post("/sandbox/cashier/" + paymentId + "/pay", "");

		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.json().get("status").stringValue()).isEqualTo("PAID");
		assertThat(paid.json().get("settled").booleanValue()).isTrue();
		assertThat(paid.json().get("result").toString()).isEqualTo("{\"errMsg\":\"requestMidasPaymentGameItem:ok\"}");
		assertThat(notifications(paymentId)).isEqualTo(1);
		assertThat(this.sandbox.http.get("/sandbox/cashier/" + paymentId + "/result").json().get("result").toString())
			.isEqualTo("{\"errMsg\":\"requestMidasPaymentGameItem:ok\"}");
	}

	@Test
	void cancellingAnswersErrCodeMinusTwoAndFailingMinusOne() {
		String cancelled = pendingPayment(this.gamer);
		String failed = pendingPayment(this.gamer);

		JsonNode cancel = this.sandbox.http.post("/sandbox/cashier/" + cancelled + "/cancel", "").json();
		JsonNode fail = this.sandbox.http.post("/sandbox/cashier/" + failed + "/fail", "").json();

		assertThat(cancel.get("status").stringValue()).isEqualTo("CLOSED");
		assertThat(cancel.get("result").toString())
			.isEqualTo("{\"errMsg\":\"requestMidasPaymentGameItem:fail cancel\",\"errCode\":-2}");
		assertThat(fail.get("result").toString())
			.isEqualTo("{\"errMsg\":\"requestMidasPaymentGameItem:fail payment failed\",\"errCode\":-1}");
		assertThat(notifications(cancelled) + notifications(failed)).isZero();
	}

	@Test
	void namesTheMiniProgramsOwnApiInItsCallback() {
		String paymentId = pendingPayment(this.sandbox.login(MINI_PROGRAM, Sandbox.newUser()));

		JsonNode cancel = this.sandbox.http.post("/sandbox/cashier/" + paymentId + "/cancel", "").json();

		assertThat(cancel.get("method").stringValue()).isEqualTo("requestVirtualPayment");
		assertThat(cancel.get("result").get("errMsg").stringValue()).isEqualTo("requestVirtualPayment:fail cancel");
	}

	@Test
	void refusesASecondActionAndAnUnknownPayment() {
		String paymentId = pendingPayment(this.gamer);
		this.sandbox.http.post("/sandbox/cashier/" + paymentId + "/cancel", "");

		Response again = this.sandbox.http.post("/sandbox/cashier/" + paymentId + "/pay", "");
		Response unknown = this.sandbox.http.post("/sandbox/cashier/mp00000000000000000000000000000000/pay", "");
		Response unknownResult = this.sandbox.http.get("/sandbox/cashier/mp00000000000000000000000000000000/result");
		Response otherAction = this.sandbox.http.post("/sandbox/cashier/" + paymentId + "/refund", "");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").stringValue())
			.isEqualTo("https://vpay-sandbox.dev/problems/payment-not-pending");
		assertThat(this.sandbox.admin("GET", "/sandbox/payments/" + paymentId, null).json().get("status").stringValue())
			.isEqualTo("CLOSED");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").stringValue()).isEqualTo("https://vpay-sandbox.dev/problems/not-found");
		assertThat(unknownResult.status()).isEqualTo(404);
		assertThat(otherAction.status()).isIn(404, 405);
	}

	@Test
	void servesTheShimAndThePagesAsStaticFiles() {
		Response shim = this.sandbox.http.get("/wx.js");
		assertThat(shim.status()).isEqualTo(200);
		assertThat(shim.header("Content-Type")).startsWith("text/javascript");
		assertThat(shim.body()).contains("wx.requestMidasPaymentGameItem = ", "wx.requestVirtualPayment = ",
				"wx.login = ", "'X-Sandbox-Cashier': 'pending'");
		assertThat(this.sandbox.http.get("/inspector.html").body()).contains("data-slot=\"notifications\"",
				"data-slot=\"journal\"", "data-slot=\"scenarios\"", "<script src=\"/inspector-notifications.js\">",
				"<script src=\"/inspector-journal.js\">", "<script src=\"/inspector-scenarios.js\">");
		for (String pane : List.of("/inspector-notifications.js", "/inspector-journal.js", "/inspector-scenarios.js")) {
			Response script = this.sandbox.http.get(pane);
			assertThat(script.status()).as(pane).isEqualTo(200);
			assertThat(script.header("Content-Type")).as(pane).startsWith("text/javascript");
			assertThat(script.body()).as(pane).contains("inspector.register(pane)");
		}
		assertThat(this.sandbox.http.get("/").body()).contains("/inspector.html");
	}

	private String pendingPayment(Session session) {
		Response pending = this.sandbox.pay(this.sandbox.purchase(session), "X-Sandbox-Cashier", "pending");
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
		return pending.json().get("paymentId").stringValue();
	}

	private int notifications(String paymentId) {
		return this.jdbc.queryForObject("select count(*) from notification where payment_id = ?", Integer.class,
				paymentId);
	}

}
