package dev.vpaysandbox.mock;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;

import static dev.vpaysandbox.mock.Sandbox.SCENARIO;
import static dev.vpaysandbox.mock.Waiting.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control API's inspection of deliveries: payments with their notification and every
 * attempt, the request journal with secrets masked, chaos scenarios, metrics, and the
 * OpenAPI document covering them.
 */
class InspectionIntegrationTests extends ShopIntegrationTest {

	static final String PROBLEMS = "https://vpay-sandbox.dev/problems/";

	@Test
	void journalsProtocolCallsWithEverySecretMasked() {
		String code = this.sandbox.loginCode(this.appId, "journal-user");
		JsonNode session = this.sandbox.code2session(this.appId, Sandbox.secret(this.appId), code).json();
		Session gamer = new Session(this.appId, "journal-user", session.get("openid").stringValue(),
				Secret.of(session.get("session_key").stringValue()));
		PaymentCall call = this.sandbox.purchase(gamer);
		String paymentId = this.sandbox.pay(call).header("X-Sandbox-Payment-Id");
		String token = this.sandbox.accessToken(this.appId);
		this.sandbox.order(gamer, call.outTradeNo(), 0);

		Response journal = this.sandbox.admin("GET", "/sandbox/journal?appId=" + this.appId, null);
		assertThat(journal.status()).isEqualTo(200);
		assertThat(journal.json().findValuesAsString("path")).contains("/sandbox/wx/login",
				"/openserver/sns/jscode2session", "/sandbox/keys/exchange", "/sandbox/wx/requestMidasPaymentGameItem",
				"/openserver/cgi-bin/token", "/xpay/query_order");
		assertThat(journal.body()).doesNotContain(code, session.get("session_key").stringValue(), token,
				Sandbox.secret(this.appId), this.sandbox.appKey(this.appId, 0).reveal(), call.paySig(),
				call.signature());

		JsonNode code2session = entry(journal, "/openserver/sns/jscode2session");
		assertThat(code2session.get("query").stringValue()).contains("appid=" + this.appId, "secret=****",
				"js_code=****");
		assertThat(code2session.get("response").get("session_key").stringValue()).isEqualTo("****");
		assertThat(code2session.get("response").get("openid").stringValue()).isEqualTo(gamer.openid());
		JsonNode exchange = entry(journal, "/sandbox/keys/exchange");
		assertThat(exchange.get("request").get("appSecret").stringValue()).isEqualTo("****");
		assertThat(exchange.get("response").get("appKey").stringValue()).isEqualTo("****");
		JsonNode payment = entry(journal, "/sandbox/wx/requestMidasPaymentGameItem");
		assertThat(payment.get("outTradeNo").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(payment.get("request").get("paySig").stringValue()).isEqualTo(call.paySig().substring(0, 6) + "…");
		assertThat(payment.get("request").get("signData").stringValue()).isEqualTo(call.signData());
		assertThat(payment.get("headers").get("X-Sandbox-Payment-Id").stringValue()).isEqualTo(paymentId);
		assertThat(payment.get("status").intValue()).isEqualTo(200);
		JsonNode query = entry(journal, "/xpay/query_order");
		assertThat(query.get("appId").stringValue()).as("found through the access_token").isEqualTo(this.appId);
		assertThat(query.get("outTradeNo").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(query.get("query").stringValue()).startsWith("access_token=****&pay_sig=").endsWith("…");

		JsonNode xpayOnly = this.sandbox.admin("GET", "/sandbox/journal?appId=" + this.appId + "&path=/xpay/", null)
			.json();
		assertThat(xpayOnly.findValuesAsString("path")).containsOnly("/xpay/query_order");
		JsonNode ofOrder = this.sandbox.admin("GET", "/sandbox/journal?outTradeNo=" + call.outTradeNo(), null).json();
		assertThat(ofOrder.findValuesAsString("path")).containsExactly("/xpay/query_order",
				"/sandbox/wx/requestMidasPaymentGameItem");
		assertThat(this.sandbox.admin("GET", "/sandbox/journal?limit=0", null).status()).isEqualTo(400);
	}

	@Test
	void showsPaymentsWithTheirScenarioNotificationAndEveryAttempt() {
		Session gamer = this.sandbox.login(this.appId, Sandbox.newUser());
		PaymentCall call = this.sandbox.purchase(gamer);
		String paymentId = this.sandbox.pay(call, SCENARIO, "duplicate=1").header("X-Sandbox-Payment-Id");
		this.receiver.await(2, Waiting.WAIT);
		JsonNode payment = waiting().until(
				() -> this.sandbox.admin("GET", "/sandbox/payments/" + paymentId, null).json(),
				(found) -> found.get("status").stringValue().equals("DELIVERED"));

		assertThat(payment.get("scenario").stringValue()).isEqualTo("duplicate=1");
		JsonNode notification = payment.get("notification");
		assertThat(notification.get("status").stringValue()).isEqualTo("ACKED");
		assertThat(notification.get("attempts")).hasSize(2);
		assertThat(notification.get("attempts").get(0).get("startedAt").stringValue()).isNotEmpty();
		JsonNode listed = this.sandbox.admin("GET", "/sandbox/payments?appId=" + this.appId, null).json();
		assertThat(listed.get(0).get("notification").get("notificationId").longValue())
			.isEqualTo(notification.get("notificationId").longValue());
		JsonNode byId = this.sandbox
			.admin("GET", "/sandbox/notifications/" + notification.get("notificationId").longValue(), null)
			.json();
		assertThat(byId.get("outTradeNo").stringValue()).isEqualTo(call.outTradeNo());
		assertThat(byId.get("queryStatus").intValue()).isEqualTo(4);
		JsonNode filtered = this.sandbox.admin("GET",
				"/sandbox/notifications?appId=" + this.appId + "&status=acked&outTradeNo=" + call.outTradeNo(), null)
			.json();
		assertThat(filtered).hasSize(1);
	}

	@Test
	void refusesBadInspectionRequestsWithProblems() {
		assertProblem(this.sandbox.admin("GET", "/sandbox/notifications?status=LOST", null), 400, "invalid-request");
		assertProblem(this.sandbox.admin("GET", "/sandbox/notifications?limit=501", null), 400, "invalid-request");
		assertProblem(this.sandbox.admin("GET", "/sandbox/notifications/987654321", null), 404, "not-found");
		assertProblem(this.sandbox.admin("GET", "/sandbox/notifications/abc", null), 400, "invalid-request");
		assertProblem(this.sandbox.admin("POST", "/sandbox/notifications/987654321/redeliver", null), 404, "not-found");
		for (String path : List.of("/sandbox/notifications", "/sandbox/notifications/dead", "/sandbox/journal",
				"/sandbox/scenarios", "/sandbox/scenarios/faults")) {
			assertProblem(this.sandbox.http.get(path), 401, "admin-token-required");
		}
	}

	@Test
	void setsListsAndClearsScenariosThroughTheControlApi() {
		JsonNode faults = this.sandbox.admin("GET", "/sandbox/scenarios/faults", null).json();
		assertThat(faults.findValuesAsString("fault")).containsExactly("decline", "cancel", "call-error", "call-hang",
				"delay", "duplicate", "drop", "reverse", "corrupt-sig", "other-env-key", "previous-key", "wrong-price",
				"wrong-product");
		assertThat(faults.findValuesAsString("receiverMust")).allMatch((text) -> text.length() > 20);

		String scope = "/sandbox/scenarios/apps/" + this.appId;
		assertProblem(this.sandbox.admin("GET", scope, null), 404, "not-found");
		assertProblem(this.sandbox.admin("PUT", scope, "{\"spec\":\"duplicate=99\"}"), 400, "invalid-scenario");
		assertProblem(this.sandbox.admin("PUT", scope, "{}"), 400, "invalid-request");
		assertProblem(this.sandbox.admin("PUT", "/sandbox/scenarios/apps/no-such-app", "{\"spec\":\"drop\"}"), 404,
				"not-found");
		assertProblem(this.sandbox.admin("PUT", scope + "/items/no-such-item", "{\"spec\":\"drop\"}"), 404,
				"not-found");

		JsonNode set = this.sandbox.admin("PUT", scope, "{\"spec\":\"drop=2, delay=10s@25%, seed=5\"}").json();
		assertThat(set.get("spec").stringValue()).isEqualTo("drop=2, delay=10s@25%");
		assertThat(set.get("seed").longValue()).isEqualTo(5);
		assertThat(set.get("faults").get(1).get("argument").stringValue()).isEqualTo("10s");
		assertThat(set.get("faults").get(1).get("percent").intValue()).isEqualTo(25);
		JsonNode random = this.sandbox.admin("PUT", scope + "/items/sword", "{\"spec\":\"corrupt-sig@10%\"}").json();
		assertThat(random.get("productId").stringValue()).isEqualTo("sword");
		assertThat(random.get("seed").isIntegralNumber()).as("a seed is chosen and shown").isTrue();
		assertThat(this.sandbox.admin("GET", "/sandbox/scenarios", null).json().findValuesAsString("appId"))
			.filteredOn(this.appId::equals)
			.hasSize(2);

		assertThat(this.sandbox.admin("DELETE", scope + "/items/sword", null).status()).isEqualTo(204);
		assertThat(this.sandbox.admin("DELETE", scope, null).status()).isEqualTo(204);
		assertProblem(this.sandbox.admin("DELETE", scope, null), 404, "not-found");
	}

	@Test
	void exportsDeliveryMetricsAndDocumentsEveryNewEndpoint() {
		Session gamer = this.sandbox.login(this.appId, Sandbox.newUser());
		this.sandbox.pay(this.sandbox.purchase(gamer));
		this.receiver.await(1, Waiting.WAIT);

		waiting().untilAsserted(() -> assertThat(this.sandbox.http.get("/actuator/prometheus").body()).contains(
				"vpay_mock_notification_attempts_total{outcome=\"acknowledged\"}", "vpay_mock_notifications_dead ",
				"vpay_mock_notifications_died_total", "vpay_mock_notification_dispatch_lag_seconds_count",
				"vpay_mock_notifications_in_flight"));
		JsonNode paths = this.sandbox.http.get("/v3/api-docs").json().get("paths");
		assertThat(paths.propertyNames()).contains("/sandbox/notifications", "/sandbox/notifications/dead",
				"/sandbox/notifications/{notificationId}", "/sandbox/notifications/{notificationId}/redeliver",
				"/sandbox/journal", "/sandbox/scenarios", "/sandbox/scenarios/faults",
				"/sandbox/scenarios/apps/{appId}", "/sandbox/scenarios/apps/{appId}/items/{productId}");
		JsonNode payment = paths.get("/sandbox/wx/requestMidasPaymentGameItem").get("post");
		assertThat(payment.get("parameters").findValuesAsString("name")).contains("X-Sandbox-Scenario");
	}

	private static JsonNode entry(Response journal, String path) {
		for (JsonNode entry : journal.json()) {
			if (entry.get("path").stringValue().equals(path)) {
				return entry;
			}
		}
		throw new AssertionError("no journal entry for " + path + " in " + journal.body());
	}

	private static void assertProblem(Response response, int status, String slug) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("type").stringValue()).isEqualTo(PROBLEMS + slug);
	}

}
