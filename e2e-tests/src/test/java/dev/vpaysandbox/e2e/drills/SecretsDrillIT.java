package dev.vpaysandbox.e2e.drills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.client.PaymentRequest;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill 6: everything both services log during a whole run (start-up, key exchange,
 * logins, purchases of both app types, a notification with a corrupted signature, a lost
 * notification found by reconciliation through query_order and an access_token, a bad
 * login) holds no secret and no full signature; the front end's answers hold no
 * session_key and no appKey.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsDrillIT {

	private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{43}");

	/**
	 * The chaos scenarios each app's purchases run under: none, a bad signature, a lost
	 * notification.
	 */
	private static final List<String> SCENARIOS = List.of("none", "corrupt-sig=1", "drop=16");

	@Test
	void noSecretOrSignatureIsLoggedOrAnsweredToTheFrontEnd(CapturedOutput output) {
		List<String> frontEndAnswers = new ArrayList<>();
		Set<String> signatures = new HashSet<>();
		Set<String> sessionTokens = new HashSet<>();
		long start = System.nanoTime();
		try (SandboxServices services = SandboxServices.builder().start()) {
			JdbcTemplate orderDb = Drills.orderDatabase(services);
			JdbcTemplate mockDb = Drills.mockDatabase(services);
			List<PlacedOrder> delivered = new ArrayList<>();
			for (DemoApp app : DemoApp.values()) {
				for (String scenario : SCENARIOS) {
					FrontEnd player = FrontEnd.newUser(services, app).logIn();
					sessionTokens.add(player.sessionToken());
					PlacedOrder order = player.placeOrder("sword", 1);
					signatures.add(order.paySig());
					signatures.add(order.signature());
					PaymentRequest call = player.paymentCall(order).withScenario(scenario);
					frontEndAnswers.add(player.pay(call).toString());
					player.awaitDelivered(order);
					delivered.add(order);
				}
			}
			frontEndAnswers.addAll(rawFrontEnd(services));
			Reply badLogin = Http.postJson(services.orderUrl() + "/api/login",
					"{\"code\":\"not-a-code\",\"appId\":\"demo-minigame\"}");
			assertThat(badLogin.status()).isEqualTo(400);
			frontEndAnswers.add(badLogin.body());
			for (PlacedOrder order : delivered) {
				services.sandbox()
					.payments()
					.awaitStatus(DemoApp.paying(order.method()).appId(), order.outTradeNo(), PaymentStatus.DELIVERED,
							Duration.ofSeconds(10));
			}

			Map<String, String> secrets = new LinkedHashMap<>();
			for (DemoApp app : DemoApp.values()) {
				secrets.put(app.appId() + " appSecret", app.appSecret());
				for (int env = 0; env <= 1; env++) {
					secrets.put(app.appId() + " appKey env " + env,
							app.appKey(services.sandbox(), Env.of(env)).reveal());
				}
			}
			orderDb.queryForList("select session_key from user_session", String.class)
				.forEach((key) -> secrets.put("session_key " + key.substring(0, 4), key));
			mockDb.queryForList("select session_key from user_session", String.class)
				.forEach((key) -> secrets.put("session_key " + key.substring(0, 4), key));
			sessionTokens
				.forEach((token) -> secrets.put("order-service session token " + token.substring(0, 4), token));
			secrets.put("admin token", SandboxServices.ADMIN_TOKEN);
			Set<String> eventSigs = payEventSigs(orderDb, secrets);
			Set<String> accessTokenHashes = new HashSet<>(
					mockDb.queryForList("select token_hash from access_token", String.class));
			assertThat(accessTokenHashes).as("order-service used an access_token (reconciliation)").isNotEmpty();

			String logs = output.getAll();
			assertThat(logs).as("captured logs").contains("seeded app", "notification");
			List<String> leaks = new ArrayList<>();
			secrets.forEach((name, secret) -> {
				if (logs.contains(secret)) {
					leaks.add(name + " in the logs");
				}
			});
			signatures.stream()
				.filter(logs::contains)
				.forEach((signature) -> leaks.add("a full paySig or signature in the logs"));
			eventSigs.stream()
				.filter(logs::contains)
				.forEach((signature) -> leaks.add("a full PayEventSig in the logs"));
			int tokenLike = 0;
			Matcher matcher = TOKEN_LIKE.matcher(logs);
			while (matcher.find()) {
				tokenLike++;
				if (accessTokenHashes.contains(sha256Hex(matcher.group()))) {
					leaks.add("an access_token in the logs");
				}
			}
			for (String answer : frontEndAnswers) {
				secrets.forEach((name, secret) -> {
					if (!name.startsWith("order-service session token") && answer.contains(secret)) {
						leaks.add(name + " in a front-end answer: " + answer);
					}
				});
				for (String word : List.of("session_key", "sessionKey", "appKey")) {
					if (answer.contains(word)) {
						leaks.add(word + " named in a front-end answer: " + answer);
					}
				}
			}
			assertThat(leaks).as("secrets and full signatures found").isEmpty();
			Drills.figures("secrets",
					"log lines=" + logs.lines().count() + " (" + logs.length() + " chars); secrets" + " searched="
							+ secrets.size() + " full signatures=" + (signatures.size() + eventSigs.size())
							+ " access_tokens=" + accessTokenHashes.size() + " (token-like strings hashed=" + tokenLike
							+ "); front-end answers checked=" + frontEndAnswers.size() + "; found=" + leaks.size()
							+ "; in " + Drills.since(start) + " ms");
		}
	}

	/** A whole purchase by raw calls, keeping each answer the front end gets. */
	private static List<String> rawFrontEnd(SandboxServices services) {
		List<String> answers = new ArrayList<>();
		String userId = "secrets-" + System.nanoTime();
		Reply code = Http.postJson(services.mockUrl() + "/sandbox/wx/login",
				"{\"appId\":\"demo-minigame\",\"userId\":\"" + userId + "\"}");
		answers.add(code.body());
		Reply login = Http.postJson(services.orderUrl() + "/api/login", "{\"code\":\""
				+ Http.JSON.readTree(code.body()).get("code").asString() + "\",\"appId\":\"demo-minigame\"}");
		answers.add(login.body());
		String bearer = "Bearer " + Http.JSON.readTree(login.body()).get("token").asString();
		Reply order = Http.postJson(services.orderUrl() + "/api/orders",
				"{\"productId\":\"gem-pack\",\"quantity\":1,\"platform\":\"ios\"}", "Authorization", bearer);
		answers.add(order.body());
		JsonNode placed = Http.JSON.readTree(order.body());
		Map<String, String> call = new LinkedHashMap<>();
		call.put("appId", "demo-minigame");
		call.put("userId", userId);
		call.put("signData", placed.get("signData").asString());
		call.put("paySig", placed.get("paySig").asString());
		call.put("signature", placed.get("signature").asString());
		answers.add(Http.postJson(services.mockUrl() + "/sandbox/wx/requestMidasPaymentGameItem",
				Http.JSON.writeValueAsString(call))
			.body());
		String outTradeNo = placed.get("outTradeNo").asString();
		await().until(
				() -> Http.send("GET", services.orderUrl() + "/api/orders/" + outTradeNo, null, "Authorization", bearer)
					.body()
					.contains("DELIVERED"));
		answers.add(Http.send("GET", services.orderUrl() + "/api/orders/" + outTradeNo, null, "Authorization", bearer)
			.body());
		answers.add(Http.send("GET", services.orderUrl() + "/api/inventory", null, "Authorization", bearer).body());
		answers.add(Http.send("GET", services.orderUrl() + "/api/products", null).body());
		answers.add(Http.send("GET", services.orderUrl() + "/config.js", null).body());
		answers.add(Http.send("GET", services.orderUrl() + "/", null).body());
		return answers;
	}

	/** The PayEventSig of every notification order-service received, recomputed. */
	private static Set<String> payEventSigs(JdbcTemplate orderDb, Map<String, String> secrets) {
		Set<String> sigs = new HashSet<>();
		orderDb.query("select event, payload from notification_log where payload is not null", (row) -> {
			for (Map.Entry<String, String> secret : secrets.entrySet()) {
				if (secret.getKey().contains("appKey") && row.getString(1) != null) {
					sigs.add(Signatures.payEventSig(Secret.of(secret.getValue()), row.getString(1), row.getString(2)));
				}
			}
		});
		return sigs;
	}

	private static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
