package dev.vpaysandbox.mock;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.signature.Signatures;

import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input anywhere gets the endpoint's own envelope and code, never a 500, and changes
 * nothing stored.
 */
class BadInputIntegrationTests extends MockIntegrationTest {

	static final List<String> TABLES = List.of("app", "app_key", "item", "login_code", "user_session", "access_token",
			"payment", "refund", "notification");

	static final String JS = "/sandbox/wx/requestMidasPaymentGameItem";

	String token;

	Map<String, Integer> before;

	@BeforeEach
	void snapshot() {
		this.token = this.sandbox.accessToken(MINI_GAME);
		this.before = counts();
	}

	@AfterEach
	void nothingStoredChanged() {
		assertThat(counts()).isEqualTo(this.before);
	}

	@Test
	void answersMalformedJsonInEachEndpointsEnvelope() {
		assertJsFailure(this.sandbox.http.post(JS, "{\"appId\":"), 400, -15002);
		assertJsFailure(this.sandbox.http.post(JS, "[]"), 400, -15002);
		assertJsFailure(this.sandbox.http.post(JS, ""), 400, -15002);
		assertXpay(xpay("query_order", "{not json"), 268490002);
		assertProblem(this.sandbox.admin("POST", "/sandbox/apps", "{\"appId\":"), 400, "malformed-request");
		assertProblem(this.sandbox.http.post("/sandbox/wx/login", "nope"), 400, "malformed-request");
		assertProblem(this.sandbox.http.post("/sandbox/keys/exchange", "{"), 400, "malformed-request");
	}

	@Test
	void answersWrongTypesInEachEndpointsEnvelope() {
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("appId", MINI_GAME);
		call.put("userId", List.of("not", "a", "string"));
		call.put("signData", 42);
		assertJsFailure(this.sandbox.http.postJson(JS, call), 400, -15011);
		call.put("appId", 7);
		assertJsFailure(this.sandbox.http.postJson(JS, call), 400, -15002);
		assertXpay(xpay("query_order", "{\"env\":\"zero\"}"), 268490002);
		assertXpay(xpay("refund_order", "{\"openid\":1,\"order_id\":[],\"refund_fee\":-1,\"left_fee\":1.5}"),
				268490002);
		assertProblem(this.sandbox.admin("POST", "/sandbox/apps/" + MINI_GAME + "/items",
				"{\"productId\":\"x\",\"price\":\"cheap\",\"currency\":\"USD\"}"), 400, "malformed-request");
		assertProblem(this.sandbox.admin("POST", "/sandbox/apps/" + MINI_GAME + "/keys/rotate", "{\"env\":7}"), 400,
				"invalid-request");
		assertProblem(this.sandbox.admin("GET", "/sandbox/payments?limit=many", null), 400, "invalid-request");
	}

	@Test
	void refusesOversizeBodiesBeforeReadingThem() {
		String huge = "{\"appId\":\"" + "x".repeat(70_000) + "\"}";
		assertJsFailure(this.sandbox.http.post(JS, huge), 413, -15002);
		assertXpay(this.sandbox.http.post("/xpay/query_order?access_token=" + this.token, huge), 413, 268490002);
		assertProblem(this.sandbox.admin("POST", "/sandbox/apps", huge), 413, "payload-too-large");
		Response chunked = this.sandbox.http.send("POST", JS, chunked(huge));
		assertJsFailure(chunked, 413, -15002);
	}

	@Test
	void refusesUnknownAppsEverywhere() {
		assertJsFailure(this.sandbox.http.post(JS, "{\"appId\":\"nope\",\"userId\":\"u\"}"), 404, -15002);
		assertThat(this.sandbox.http.get("/openserver/cgi-bin/token?appid=nope&secret=s&grant_type=client_credential")
			.json()
			.get("errcode")
			.intValue()).isEqualTo(40013);
		assertProblem(this.sandbox.admin("GET", "/sandbox/apps/nope/items", null), 404, "not-found");
		assertProblem(this.sandbox.admin("POST", "/sandbox/apps/nope/keys/rotate", "{\"env\":0}"), 404, "not-found");
		assertProblem(this.sandbox.admin("PATCH", "/sandbox/apps/nope", "{}"), 404, "not-found");
	}

	@Test
	void answersMissingQueryParametersWithTheirCodes() {
		assertThat(this.sandbox.http.get("/openserver/sns/jscode2session").json().get("errcode").intValue())
			.isEqualTo(40013);
		assertThat(
				this.sandbox.http.get("/openserver/cgi-bin/token?appid=demo-minigame").json().get("errcode").intValue())
			.isEqualTo(40125);
		assertXpay(this.sandbox.http.post("/xpay/query_order", "{}"), 40001);
		assertXpay(this.sandbox.http.post("/xpay/query_order?access_token=" + this.token, "{}"), 268490003);
	}

	@Test
	void answersWrongMethodsAndUnknownPathsWithoutA500() {
		assertThat(this.sandbox.http.get(JS).status()).isEqualTo(405);
		assertThat(this.sandbox.http.get(JS).json().get("errCode").intValue()).isEqualTo(-15002);
		assertThat(this.sandbox.http.get("/xpay/query_order").json().get("errcode").intValue()).isEqualTo(268490002);
		assertProblem(this.sandbox.admin("DELETE", "/sandbox/apps", null), 405, "method-not-allowed");
		assertProblem(this.sandbox.admin("GET", "/sandbox/nothing-here", null), 404, "not-found");
	}

	private Response xpay(String api, String body) {
		String uri = "/xpay/" + api;
		String paySig = Signatures.payApiSig(this.sandbox.appKey(MINI_GAME, 0), uri, body);
		return this.sandbox.http.post(uri + "?access_token=" + this.token + "&pay_sig=" + paySig, body);
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

	private static HttpRequest.BodyPublisher chunked(String body) {
		HttpRequest.BodyPublisher bytes = HttpRequest.BodyPublishers.ofString(body);
		return new HttpRequest.BodyPublisher() {

			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
				bytes.subscribe(subscriber);
			}

		};
	}

	static void assertJsFailure(Response response, int status, int errCode) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("errCode").intValue()).as(response.toString()).isEqualTo(errCode);
		assertThat(response.json().get("errMsg").stringValue()).startsWith("requestMidasPaymentGameItem:fail ");
	}

	static void assertXpay(Response response, int errcode) {
		assertXpay(response, 200, errcode);
	}

	static void assertXpay(Response response, int status, int errcode) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("errcode").intValue()).as(response.toString()).isEqualTo(errcode);
	}

	static void assertProblem(Response response, int status, String slug) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.json().get("type").stringValue()).isEqualTo("https://vpay-sandbox.dev/problems/" + slug);
		assertThat(response.json().get("status").intValue()).isEqualTo(status);
	}

}
