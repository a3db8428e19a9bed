package dev.vpaysandbox.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.NewApp;
import dev.vpaysandbox.client.NewItem;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixed appKeys: the seeded demo mini game's come from configuration
 * ({@link RealClockMockTest}), an app's own from {@code POST /sandbox/apps}. Either is
 * what the key exchange answers, a seeded one survives {@code /sandbox/reset}, and
 * neither appears in any other answer or in any log line.
 */
@RealClockMockTest
class FixedKeysIntegrationTests {

	static final String OWN_KEY_ENV_0 = "OwnFixedKey-0-c3a81f5e79";

	@LocalServerPort
	int port;

	VpaySandbox sandbox;

	final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	Level previousLevel;

	@BeforeEach
	void listen() {
		this.sandbox = VpaySandbox.connect("http://localhost:" + this.port, "sandbox-admin-token");
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.previousLevel = logging.getLogger("dev.vpaysandbox").getLevel();
		logging.getLogger("dev.vpaysandbox").setLevel(Level.DEBUG);
		this.logs.start();
		logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this.logs);
	}

	@AfterEach
	void stopListening() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this.logs);
		logging.getLogger("dev.vpaysandbox").setLevel(this.previousLevel);
	}

	@Test
	void configuredKeysAreWhatTheKeyExchangeAnswersAndSurviveAReset() {
		Secret programKeyBefore = exchange("demo-miniprogram", Env.PRODUCTION);
		assertThat(exchange("demo-minigame", Env.PRODUCTION).reveal()).isEqualTo(RealClockMockTest.FIXED_KEY_ENV_0);
		assertThat(exchange("demo-minigame", Env.SANDBOX).reveal()).isEqualTo(RealClockMockTest.FIXED_KEY_ENV_1);

		this.sandbox.reset();

		assertThat(exchange("demo-minigame", Env.PRODUCTION).reveal()).isEqualTo(RealClockMockTest.FIXED_KEY_ENV_0);
		assertThat(exchange("demo-minigame", Env.SANDBOX).reveal()).isEqualTo(RealClockMockTest.FIXED_KEY_ENV_1);
		assertThat(exchange("demo-miniprogram", Env.PRODUCTION)).as("a key not fixed is generated anew")
			.isNotEqualTo(programKeyBefore);
		KitShop demo = KitShop.demoMiniGame(this.sandbox);
		JsApiResult paid = this.sandbox
			.pay(demo.swordOrder(demo.logIn(), Secret.of(RealClockMockTest.FIXED_KEY_ENV_0)));
		assertThat(paid.paid()).as(paid.toString()).isTrue();
	}

	@Test
	void aFixedKeyAppearsInNoAnswerButTheKeyExchangesAndInNoLogLine() {
		MockHttp http = new MockHttp(this.port);
		List<MockHttp.Response> answers = new ArrayList<>();
		String appId = "fixed-" + System.nanoTime();
		NewApp app = NewApp.miniGame(appId, appId + "-secret", "http://127.0.0.1:9/notify")
			.withAppKey(Env.PRODUCTION, OWN_KEY_ENV_0);
		answers.add(http.post("/sandbox/apps", "{\"appId\":\"" + appId + "\",\"appSecret\":\"" + appId
				+ "-secret\",\"type\":\"mini-game\",\"currencies\":[\"USD\"],\"notifyUrl\":\"http://127.0.0.1:9/notify\","
				+ "\"appKeys\":{\"0\":\"" + OWN_KEY_ENV_0 + "\"}}", "Authorization", Sandbox.ADMIN));
		this.sandbox.items().add(appId, NewItem.of("sword", 199, "USD"));
		this.sandbox.reset();
		this.sandbox.apps().create(app);
		this.sandbox.items().add(appId, NewItem.of("sword", 199, "USD"));
		MockHttp.Response exchanged = http.post("/sandbox/keys/exchange",
				"{\"appId\":\"" + appId + "\",\"appSecret\":\"" + appId + "-secret\",\"env\":0}");
		KitShop shop = new KitShop(this.sandbox, appId, appId + "-secret");
		KitShop demo = KitShop.demoMiniGame(this.sandbox);
		KitShop.User user = shop.logIn();
		KitShop.User demoUser = demo.logIn();
		answers.add(http.postJson("/sandbox/wx/requestMidasPaymentGameItem",
				KitShop.body(shop.swordOrder(user, Secret.of(OWN_KEY_ENV_0)))));
		answers.add(http.postJson("/sandbox/wx/requestMidasPaymentGameItem",
				KitShop.body(demo.swordOrder(demoUser, Secret.of(RealClockMockTest.FIXED_KEY_ENV_0)))));
		answers.add(http.postJson("/sandbox/wx/requestMidasPaymentGameItem",
				KitShop.body(shop.swordOrder(user, Secret.of(RealClockMockTest.FIXED_KEY_ENV_0)))));
		for (String path : List.of("/sandbox/apps", "/sandbox/apps/" + appId, "/sandbox/apps/" + appId + "/keys",
				"/sandbox/apps/demo-minigame/keys", "/sandbox/apps/" + appId + "/users", "/sandbox/payments",
				"/sandbox/notifications", "/sandbox/checks", "/sandbox/journal?limit=1000", "/sandbox/scenarios",
				"/sandbox/clock", "/v3/api-docs")) {
			answers.add(http.get(path, "Authorization", Sandbox.ADMIN));
		}
		answers.add(http.send("PATCH", "/sandbox/apps/" + appId,
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"paymentEnabled\":true}"), "Authorization",
				Sandbox.ADMIN));

		assertThat(exchanged.json().get("appKey").stringValue()).as("the key exchange answers the fixed key")
			.isEqualTo(OWN_KEY_ENV_0);
		assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(201);
		assertThat(answers.get(1).status()).as("paid with the fixed key: " + answers.get(1)).isEqualTo(200);
		assertThat(answers.get(2).status()).as("paid with the seeded key: " + answers.get(2)).isEqualTo(200);
		assertThat(answers.get(3).json().get("errCode").intValue()).as("another app's fixed key is refused")
			.isEqualTo(-15006);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.body()).as(answer.raw().request().uri().getPath())
			.doesNotContain(OWN_KEY_ENV_0, RealClockMockTest.FIXED_KEY_ENV_0, RealClockMockTest.FIXED_KEY_ENV_1));
		String logged = this.logs.list.stream()
			.map((event) -> event.getFormattedMessage() + " " + event.getKeyValuePairs() + " "
					+ event.getThrowableProxy())
			.collect(Collectors.joining("\n"));
		assertThat(logged).as("the logs were captured")
			.contains("seeded app", "key exchanged", "pre-order check paid", appId);
		assertThat(logged).doesNotContain(OWN_KEY_ENV_0, RealClockMockTest.FIXED_KEY_ENV_0,
				RealClockMockTest.FIXED_KEY_ENV_1);
	}

	@Test
	void refusesAMalformedFixedKeyWithAProblemDetailThatDoesNotEchoItAndStoresNothing() {
		MockHttp http = new MockHttp(this.port);
		String appId = "badkey-" + System.nanoTime();
		for (Map<String, String> keys : List.of(Map.of("2", "AValidLookingKey123"), Map.of("0", "short"),
				Map.of("0", "has a space in it 123"), Map.of("0", ""), Map.of("0", "k".repeat(129)))) {
			String body = "{\"appId\":\"" + appId + "\",\"appSecret\":\"" + appId
					+ "-secret\",\"type\":\"mini-game\",\"currencies\":[\"USD\"],\"notifyUrl\":\"http://127.0.0.1:9/n\","
					+ "\"appKeys\":" + MockHttp.JSON.writeValueAsString(keys) + "}";

			MockHttp.Response refused = http.post("/sandbox/apps", body, "Authorization", Sandbox.ADMIN);

			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().get("type").stringValue()).endsWith("/invalid-request");
			keys.values()
				.stream()
				.filter((key) -> key.length() > 3)
				.forEach((key) -> assertThat(refused.body()).doesNotContain(key));
		}
		assertThat(http.get("/sandbox/apps/" + appId, "Authorization", Sandbox.ADMIN).status()).isEqualTo(404);
	}

	private Secret exchange(String appId, Env env) {
		return this.sandbox.keys().exchange(appId, appId + "-secret", env).appKey();
	}

}
