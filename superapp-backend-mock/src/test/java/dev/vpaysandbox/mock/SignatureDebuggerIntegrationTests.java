package dev.vpaysandbox.mock;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

import static dev.vpaysandbox.mock.Sandbox.ADMIN;
import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector's signature debugger: the pre-order check's diagnosis on demand, with an
 * app's own keys or a pasted one, never answering a key or an expected signature.
 */
class SignatureDebuggerIntegrationTests extends MockIntegrationTest {

	private static final String EXPLAIN = "/sandbox/signatures/explain";

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	Session gamer;

	PaymentCall call;

	@BeforeEach
	void signAnOrder() {
		this.gamer = this.sandbox.login(MINI_GAME, Sandbox.newUser());
		this.call = this.sandbox.purchase(this.gamer);
	}

	@Test
	void explainsAReserializedSignDataWithTheAppsOwnKeyWithoutRevealingIt() {
		String reserialized = this.call.signData().replace(",", ", ").replace("\":", "\": ");
		Secret appKey = this.sandbox.appKey(MINI_GAME, 0);

		Response response = explain(request("paySig", reserialized, this.call.paySig(), "appId", MINI_GAME));

		JsonNode answer = response.json();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(answer.get("valid").booleanValue()).isFalse();
		assertThat(answer.get("keySource").stringValue()).isEqualTo("app");
		assertThat(answer.get("env").intValue()).isZero();
		assertThat(answer.get("diagnosis").get("reason").stringValue()).isEqualTo("MISMATCH");
		assertThat(answer.get("diagnosis").get("hints").findValuesAsString("code")).contains("WHITESPACE",
				"RESERIALIZED");
		assertThat(answer.get("diagnosis").get("key").get("version").intValue()).isEqualTo(1);
		assertThat(answer.get("summary").stringValue()).contains("hint RESERIALIZED");
		assertThat(response.body()).doesNotContain(appKey.reveal())
			.doesNotContain(Signatures.paySig(appKey, GAME, reserialized));
		assertThat(response.header("Cache-Control")).contains("no-store");
	}

	@Test
	void acceptsAGoodPaySigAndNotesUpperCaseHex() {
		JsonNode answer = explain(
				request("paySig", this.call.signData(), this.call.paySig().toUpperCase(), "appId", MINI_GAME))
			.json();

		assertThat(answer.get("valid").booleanValue()).isTrue();
		assertThat(answer.get("key").get("kind").stringValue()).isEqualTo("appKey");
		assertThat(answer.get("notes").findValuesAsString("code")).containsExactly("UPPER_CASE_HEX");
		assertThat(answer.get("summary").stringValue()).isEqualTo("paySig verifies with appKey env 0 version 1");
		assertThat(answer.has("diagnosis")).isFalse();
	}

	@Test
	void usesTheUsersSessionKeysAndRecognisesAStaleSession() {
		Session again = this.sandbox.login(MINI_GAME, this.gamer.userId());
		Map<String, Object> stale = request("signature", this.call.signData(), this.call.signature(), "appId",
				MINI_GAME);
		stale.put("userId", this.gamer.userId());

		JsonNode answer = explain(stale).json();

		assertThat(again.sessionKey()).isNotEqualTo(this.gamer.sessionKey());
		assertThat(answer.get("valid").booleanValue()).isFalse();
		assertThat(answer.has("env")).isFalse();
		assertThat(answer.get("diagnosis").get("key").get("kind").stringValue()).isEqualTo("session_key");
		assertThat(answer.get("diagnosis").get("hints").findValuesAsString("code")).containsExactly("STALE_SESSION");
		assertThat(answer.toString()).doesNotContain(this.gamer.sessionKey().reveal())
			.doesNotContain(again.sessionKey().reveal());
	}

	@Test
	void verifiesWithAPastedKeyAndNeverEchoesIt() {
		Secret appKey = this.sandbox.appKey(MINI_GAME, 0);
		Response good = explain(request("paySig", this.call.signData(), this.call.paySig(), "key", appKey.reveal()));
		Response wrong = explain(request("paySig", this.call.signData(), this.call.paySig(), "key", "not-the-key"));
		Response session = explain(request("signature", this.call.signData(), this.call.signature(), "key",
				this.gamer.sessionKey().reveal()));

		assertThat(good.json().get("valid").booleanValue()).isTrue();
		assertThat(good.json().get("keySource").stringValue()).isEqualTo("pasted");
		assertThat(good.json().get("summary").stringValue()).isEqualTo("paySig verifies with the pasted key");
		assertThat(good.json().get("key").has("version")).isFalse();
		assertThat(wrong.json().get("valid").booleanValue()).isFalse();
		assertThat(wrong.json().get("summary").stringValue()).endsWith("key: the pasted appKey");
		assertThat(session.json().get("valid").booleanValue()).isTrue();
		assertThat(good.body() + wrong.body() + session.body()).doesNotContain(appKey.reveal())
			.doesNotContain("not-the-key")
			.doesNotContain(this.gamer.sessionKey().reveal());
	}

	@Test
	void listsSignDataRuleBreaksBesideTheSignature() {
		String noPrice = this.call.signData().replaceAll(",\"goodsPrice\":\\d+", "");

		JsonNode answer = explain(request("paySig", noPrice, this.call.paySig(), "appId", MINI_GAME)).json();

		assertThat(answer.get("signDataProblems").findValuesAsString("field")).containsExactly("goodsPrice");
		assertThat(answer.get("signDataProblems").get(0).get("errCode").intValue()).isEqualTo(-15001);
	}

	@Test
	void needsTheAdminToken() {
		Response response = this.sandbox.http.postJson(EXPLAIN,
				request("paySig", this.call.signData(), this.call.paySig(), "appId", MINI_GAME));

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void refusesIncompleteOrUnknownQuestions() {
		Map<String, Object> both = request("paySig", this.call.signData(), this.call.paySig(), "appId", MINI_GAME);
		both.put("key", "k");
		Map<String, Object> noUser = request("signature", this.call.signData(), this.call.signature(), "appId",
				MINI_GAME);
		Map<String, Object> badEnv = request("paySig", this.call.signData(), this.call.paySig(), "appId", MINI_GAME);
		badEnv.put("env", 2);

		assertThat(explain(both).json().get("detail").stringValue()).contains("either key");
		assertThat(explain(noUser).json().get("detail").stringValue()).contains("needs the userId");
		assertThat(explain(badEnv).status()).isEqualTo(400);
		assertThat(explain(request("sig", this.call.signData(), "", "appId", MINI_GAME)).status()).isEqualTo(400);
		assertThat(explain(request("paySig", this.call.signData(), "", "appId", "no-such-app")).status())
			.isEqualTo(404);
		Map<String, Object> stranger = request("signature", this.call.signData(), "", "appId", MINI_GAME);
		stranger.put("userId", Sandbox.newUser());
		assertThat(explain(stranger).status()).isEqualTo(404);
		assertThat(
				this.sandbox.http.post(EXPLAIN, "{not json", "Authorization", ADMIN).json().get("type").stringValue())
			.isEqualTo("https://vpay-sandbox.dev/problems/malformed-request");
	}

	private Map<String, Object> request(String kind, String signData, String hex, String keyField, String keyValue) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("method", GAME.wireName());
		body.put("signData", signData);
		body.put("hex", hex);
		body.put(keyField, keyValue);
		return body;
	}

	private Response explain(Map<String, Object> body) {
		return this.sandbox.http.postJson(EXPLAIN, body, "Authorization", ADMIN);
	}

}
