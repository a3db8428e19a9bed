package dev.vpaysandbox.mock;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.vpaysandbox.mock.PreOrderCheckIntegrationTests.assertFailure;
import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox control API: apps, items, keys, users, admin token, OpenAPI, metrics. */
class ControlApiIntegrationTests extends MockIntegrationTest {

	static final String PROBLEMS = "https://vpay-sandbox.dev/problems/";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void seedsTheDemoAppsAndItemsOfTheSpec() {
		JsonNode game = this.sandbox.admin("GET", "/sandbox/apps/demo-minigame", null).json();
		assertThat(game.get("type").stringValue()).isEqualTo("mini-game");
		assertThat(game.get("notifyUrl").stringValue()).isEqualTo("http://localhost:8080/notify/virtual-payment");
		JsonNode program = this.sandbox.admin("GET", "/sandbox/apps/demo-miniprogram", null).json();
		assertThat(program.get("type").stringValue()).isEqualTo("mini-program");
		assertThat(program.get("offerId").stringValue()).isEqualTo("demo-offer");
		for (String appId : new String[] { "demo-minigame", "demo-miniprogram" }) {
			JsonNode items = this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/items", null).json();
			assertThat(items.findValuesAsString("productId")).containsExactly("gem-pack", "shield", "sword");
			assertThat(items.findValues("price").stream().map(JsonNode::longValue)).containsExactly(999L, 299L, 199L);
			assertThat(items.findValuesAsString("currency")).containsOnly("USD");
		}
	}

	@Test
	void refusesControlCallsWithoutTheAdminToken() {
		Response none = this.sandbox.http.get("/sandbox/apps");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("type").stringValue()).isEqualTo(PROBLEMS + "admin-token-required");
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(this.sandbox.http.get("/sandbox/apps", "Authorization", "Bearer wrong").status()).isEqualTo(401);
		assertThat(this.sandbox.http.post("/sandbox/reset", "").status()).isEqualTo(401);
		assertThat(this.sandbox.http.get("/sandbox/apps", "Authorization", Sandbox.ADMIN).status()).isEqualTo(200);
	}

	/**
	 * Regression: the admin-token check read the raw request URI, so path parameters
	 * ({@code /sandbox;x=1/apps}, which Spring MVC matches as {@code /sandbox/apps})
	 * slipped past it.
	 */
	@Test
	void refusesControlCallsWhosePathHidesTheSandboxPrefix() {
		for (String path : List.of("/sandbox;x=1/apps", "/sandbox;/apps", "/sandbox;x=1/apps;y=2/demo-minigame",
				"/sandbox;jsessionid=1/payments", "//sandbox/apps", "/sandbox//apps", "/sandbox/./apps",
				"/sandbox/wx/../apps", "/sandbox/cashier/../apps", "/sandbox/wx;x=1/../apps", "/sandbox/%61pps",
				"/%73andbox/apps", "/sandbox;x=1/notifications", "/sandbox;x=1/scenarios/faults",
				"/sandbox;x=1/journal")) {
			Response response = this.sandbox.http.get(path);
			assertThat(response.status()).as(path + ": " + response.body()).isIn(400, 401, 404);
			if (response.status() != 400) {
				assertThat(response.body()).as(path).doesNotContain("demo-minigame-secret", "\"appId\"");
			}
		}
		Response reset = this.sandbox.http.post("/sandbox;x=1/reset", "");
		assertThat(reset.status()).as(reset.body()).isEqualTo(401);
		assertThat(reset.json().get("type").stringValue()).isEqualTo(PROBLEMS + "admin-token-required");
		assertThat(this.sandbox.http.get("/sandbox;x=1/apps", "Authorization", Sandbox.ADMIN).status())
			.as("the token still opens it")
			.isIn(200, 404);
	}

	/**
	 * Regression: Tomcat's refusal of an unparsable query string was answered 500, on the
	 * control API and on the protocol's GET endpoints alike.
	 */
	@Test
	void anUnparsableQueryStringIsRefusedAsBadInput() {
		Response control = this.sandbox.http.get("/sandbox/payments?&&&==&%25zz=%25zz", "Authorization", Sandbox.ADMIN);
		assertThat(control.status()).as(control.body()).isEqualTo(400);
		assertThat(control.json().get("type").stringValue()).isEqualTo(PROBLEMS + "malformed-request");
		Response openServer = this.sandbox.http.get("/openserver/cgi-bin/token?==&appid=demo-minigame");
		assertThat(openServer.status()).as(openServer.body()).isEqualTo(400);
		assertThat(openServer.json().get("errcode").intValue()).isEqualTo(-1);
	}

	@Test
	void registersAnAppWithoutShowingItsSecretOrKeys() {
		String appId = this.sandbox.newMiniGame();
		Response app = this.sandbox.admin("GET", "/sandbox/apps/" + appId, null);
		assertThat(app.json().get("appId").stringValue()).isEqualTo(appId);
		assertThat(app.body()).doesNotContain(Sandbox.secret(appId), this.sandbox.appKey(appId, 0).reveal(),
				this.sandbox.appKey(appId, 1).reveal());
		assertThat(this.sandbox.admin("GET", "/sandbox/apps", null).json().findValuesAsString("appId")).contains(appId,
				MINI_GAME);
	}

	@Test
	void refusesADuplicateOrInvalidApp() {
		String appId = this.sandbox.newMiniGame();
		Response duplicate = this.sandbox.admin("POST", "/sandbox/apps", "{\"appId\":\"" + appId
				+ "\",\"appSecret\":\"another-secret\",\"type\":\"mini-game\",\"currencies\":[\"USD\"],\"notifyUrl\":\"http://x/n\"}");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("type").stringValue()).isEqualTo(PROBLEMS + "conflict");
		Response invalid = this.sandbox.admin("POST", "/sandbox/apps",
				"{\"appId\":\"bad id\",\"appSecret\":\"short\",\"type\":\"web\",\"currencies\":[\"usd\"],\"notifyUrl\":\"ftp://x\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("appId", "appSecret", "type",
				"notifyUrl");
		Response noOffer = this.sandbox.admin("POST", "/sandbox/apps",
				"{\"appId\":\"program-without-offer\",\"appSecret\":\"a-secret-1\",\"type\":\"mini-program\","
						+ "\"currencies\":[\"USD\"],\"notifyUrl\":\"http://x/n\"}");
		assertThat(noOffer.status()).isEqualTo(400);
		assertThat(this.sandbox.admin("GET", "/sandbox/apps/program-without-offer", null).status()).isEqualTo(404);
	}

	@Test
	void refusesCurrenciesNamedTwice() {
		Response created = this.sandbox.admin("POST", "/sandbox/apps",
				"{\"appId\":\"twice-usd\",\"appSecret\":\"a-secret-1\",\"type\":\"mini-game\","
						+ "\"currencies\":[\"USD\",\"EUR\",\"USD\"],\"notifyUrl\":\"http://x/n\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(400);
		assertThat(created.json().get("errors").findValuesAsString("field")).containsExactly("currencies");
		assertThat(this.sandbox.admin("GET", "/sandbox/apps/twice-usd", null).status()).isEqualTo(404);

		String appId = this.sandbox.newMiniGame();
		Response changed = this.sandbox.admin("PATCH", "/sandbox/apps/" + appId, "{\"currencies\":[\"EUR\",\"EUR\"]}");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(400);
		assertThat(this.sandbox.admin("GET", "/sandbox/apps/" + appId, null).json().get("currencies").toString())
			.isEqualTo("[\"USD\"]");
	}

	@Test
	void managesItemsWithAQuantityLimit() {
		String appId = this.sandbox.newMiniGame();
		Response added = this.sandbox.admin("POST", "/sandbox/apps/" + appId + "/items",
				"{\"productId\":\"potion\",\"price\":50,\"currency\":\"USD\",\"published\":false}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("maxQuantity").intValue()).isEqualTo(100);
		assertThat(added.json().get("published").booleanValue()).isFalse();
		assertThat(this.sandbox
			.admin("POST", "/sandbox/apps/" + appId + "/items",
					"{\"productId\":\"potion\",\"price\":50,\"currency\":\"USD\"}")
			.status()).isEqualTo(409);
		assertThat(this.sandbox
			.admin("POST", "/sandbox/apps/" + appId + "/items",
					"{\"productId\":\"coin\",\"price\":50,\"currency\":\"EUR\"}")
			.status()).isEqualTo(400);
		Response changed = this.sandbox.admin("PATCH", "/sandbox/apps/" + appId + "/items/potion",
				"{\"maxQuantity\":2,\"published\":true}");
		assertThat(changed.json().get("maxQuantity").intValue()).isEqualTo(2);
		Session buyer = this.sandbox.login(appId, Sandbox.newUser());
		assertThat(this.sandbox.pay(this.sandbox.purchase(buyer, "potion", 50, 2, Env.PRODUCTION)).status())
			.isEqualTo(200);
		assertFailure(this.sandbox.pay(this.sandbox.purchase(buyer, "potion", 50, 3, Env.PRODUCTION)), 400, -15002,
				"quantity");
		assertThat(this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/items/nothing", null).status())
			.isEqualTo(404);
	}

	@Test
	void exchangesKeysOnlyForTheRightSecret() {
		Response production = this.sandbox.http.postJson("/sandbox/keys/exchange",
				Map.of("appId", MINI_GAME, "appSecret", "demo-minigame-secret", "env", 0));
		Response sandboxEnv = this.sandbox.http.postJson("/sandbox/keys/exchange",
				Map.of("appId", MINI_GAME, "appSecret", "demo-minigame-secret", "env", 1));
		assertThat(production.json().get("appKey").stringValue())
			.isNotEqualTo(sandboxEnv.json().get("appKey").stringValue());
		assertThat(production.json().get("version").intValue()).isPositive();
		assertThat(production.header("Cache-Control")).contains("no-store");
		Response wrong = this.sandbox.http.postJson("/sandbox/keys/exchange",
				Map.of("appId", MINI_GAME, "appSecret", "wrong", "env", 0));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.json().get("type").stringValue()).isEqualTo(PROBLEMS + "invalid-app-credentials");
		assertThat(this.sandbox.http
			.postJson("/sandbox/keys/exchange", Map.of("appId", "nope", "appSecret", "whatever", "env", 0))
			.status()).isEqualTo(401);
		assertThat(this.sandbox.http
			.postJson("/sandbox/keys/exchange",
					Map.of("appId", MINI_GAME, "appSecret", "demo-minigame-secret", "env", 2))
			.status()).isEqualTo(400);
	}

	@Test
	void listsUsersWhoLoggedIn() {
		String appId = this.sandbox.newMiniGame();
		Session user = this.sandbox.login(appId, "alice");
		this.sandbox.login(appId, "alice");
		this.sandbox.login(appId, "bob");
		JsonNode users = this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/users", null).json();
		assertThat(users.findValuesAsString("userId")).containsExactlyInAnyOrder("alice", "bob");
		JsonNode alice = this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/users/alice", null).json();
		assertThat(alice.get("openid").stringValue()).isEqualTo(user.openid());
		assertThat(alice.get("sessions")).hasSize(2);
		assertThat(this.sandbox.admin("GET", "/sandbox/apps/" + appId + "/users/carol", null).status()).isEqualTo(404);
	}

	@Test
	void exposesMetricsOfChecksAndPayments() {
		Session gamer = this.sandbox.login(MINI_GAME, Sandbox.newUser());
		this.sandbox.pay(this.sandbox.purchase(gamer));
		this.sandbox.pay(this.sandbox.purchase(gamer).withPaySig("00".repeat(32)));
		String metrics = this.sandbox.http.get("/actuator/prometheus").body();
		assertThat(metrics).contains("vpay_mock_preorder_checks_total{", "result=\"0\"", "result=\"-15006\"",
				"vpay_mock_payments_total{", "outcome=\"paid\"");
	}

	@Test
	void documentsEveryMappedSandboxPathInOpenApi() {
		Set<String> documented = new HashSet<>(
				this.sandbox.http.get("/v3/api-docs").json().get("paths").propertyNames());
		List<String> mapped = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPatternValues().stream())
			.filter((pattern) -> pattern.startsWith("/sandbox/"))
			.map((pattern) -> pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}"))
			.toList();
		assertThat(mapped).hasSizeGreaterThan(15);
		assertThat(documented).containsAll(mapped);
	}

	@Test
	void documentsEverySandboxEndpointInOpenApi() {
		JsonNode paths = this.sandbox.http.get("/v3/api-docs").json().get("paths");
		assertThat(paths.propertyNames()).contains("/sandbox/apps", "/sandbox/apps/{appId}",
				"/sandbox/apps/{appId}/items", "/sandbox/apps/{appId}/items/{productId}",
				"/sandbox/apps/{appId}/items/{productId}/publish", "/sandbox/apps/{appId}/items/{productId}/unpublish",
				"/sandbox/apps/{appId}/keys", "/sandbox/apps/{appId}/keys/rotate", "/sandbox/keys/exchange",
				"/sandbox/apps/{appId}/users", "/sandbox/apps/{appId}/users/{userId}", "/sandbox/payments",
				"/sandbox/payments/{paymentId}", "/sandbox/payments/{paymentId}/{action}", "/sandbox/checks",
				"/sandbox/cashier/{paymentId}", "/sandbox/reset", "/sandbox/wx/login",
				"/sandbox/wx/requestVirtualPayment", "/sandbox/wx/requestMidasPaymentGameItem",
				"/openserver/sns/jscode2session", "/openserver/cgi-bin/token", "/xpay/query_order",
				"/xpay/refund_order", "/xpay/notify_provide_goods");
	}

}
