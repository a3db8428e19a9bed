package dev.vpaysandbox.mock;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The default file-based H2 keeps apps, keys, sessions and payments across a restart. */
class RestartPersistenceIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsStateAcrossARestart() {
		String appId;
		Secret appKey;
		Session gamer;
		PaymentCall paid;
		try (ConfigurableApplicationContext first = start()) {
			Sandbox sandbox = sandbox(first);
			appId = sandbox.newMiniGame();
			appKey = sandbox.appKey(appId, 0);
			gamer = sandbox.login(appId, "restart-user");
			paid = sandbox.purchase(gamer);
			assertThat(sandbox.pay(paid, Sandbox.SCENARIO, "delay=1h").status()).isEqualTo(200);
		}
		try (ConfigurableApplicationContext second = start()) {
			Sandbox sandbox = sandbox(second);
			assertThat(sandbox.appKey(appId, 0)).isEqualTo(appKey);
			Response order = sandbox.xpay(appId, "query_order",
					"{\"openid\":\"" + gamer.openid() + "\",\"env\":0,\"order_id\":\"" + paid.outTradeNo() + "\"}", 0);
			assertThat(order.json().get("order").get("status").intValue()).isEqualTo(2);
			assertThat(sandbox.pay(paid).json().get("errCode").intValue()).isEqualTo(-15007);
			assertThat(sandbox.pay(sandbox.purchase(gamer)).status()).as("the session survived").isEqualTo(200);
			assertThat(sandbox.admin("GET", "/sandbox/apps/demo-minigame/items", null).json()).hasSize(3);
		}
	}

	private ConfigurableApplicationContext start() {
		return SuperappBackendMockApplication.builder()
			.run("--server.port=0", "--vpay.data-dir=" + this.dataDir, "--logging.structured.format.console=",
					"--logging.level.dev.vpaysandbox=WARN");
	}

	private static Sandbox sandbox(ConfigurableApplicationContext context) {
		return new Sandbox(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

}
