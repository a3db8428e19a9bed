package dev.vpaysandbox.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.order.reconcile.ReconcilerAccess;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a whole purchase, a forged notification, a failed login and reconciliation, and
 * checks that no secret and no full signature reached the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void logsNeitherSecretsNorSignatures(CapturedOutput output) {
		String userId = newUserId();
		TestApi.User user = this.api.login("demo-minigame", userId);
		JsonNode order = this.api.order(user, "sword", 1);
		String outTradeNo = order.path("outTradeNo").asString();
		String forged = platform.notification("demo-minigame", outTradeNo)
			.paid(user.openid(), "sword", 1, 199)
			.signedWith(Secret.of("forged"))
			.body();
		this.api.notify(forged);
		FakeNotification genuine = platform.notification("demo-minigame", outTradeNo)
			.paid(user.openid(), "sword", 1, 199);
		this.api.notify(genuine.body());
		this.api.post("/api/login", "{\"code\":\"bad-code\"}", null);
		String unpaid = this.api.order(user, "shield", 1).path("outTradeNo").asString();
		platform.pay(unpaid, 299);
		this.clock.advance(Duration.ofMinutes(3));
		platform.revokeAccessTokens();
		this.api.get("/actuator/health/readiness", null);
		triggerReconciliation();

		List<String> secrets = new ArrayList<>(List.of("demo-minigame-secret", "demo-miniprogram-secret",
				platform.sessionKey("demo-minigame", userId).reveal(),
				platform.currentKey("demo-minigame", Env.PRODUCTION).reveal(),
				platform.currentKey("demo-minigame", Env.SANDBOX).reveal(), order.path("paySig").asString(),
				order.path("signature").asString(), user.token(), signatureOf(forged), signatureOf(genuine.body())));
		platform.received("/xpay/query_order").forEach((request) -> {
			secrets.add(request.query().get("access_token"));
			secrets.add(request.query().get("pay_sig"));
		});
		assertThat(platform.received("/xpay/query_order", unpaid)).isNotEmpty();
		assertThat(output.getAll()).contains(outTradeNo);
		for (String secret : secrets) {
			assertThat(output.getAll()).doesNotContain(secret);
		}
	}

	private void triggerReconciliation() {
		ReconcilerAccess.reconcileDue(this.context);
	}

	private static String signatureOf(String body) {
		return JsonMapper.builder().build().readTree(body).path("PayEventSig").asString();
	}

}
