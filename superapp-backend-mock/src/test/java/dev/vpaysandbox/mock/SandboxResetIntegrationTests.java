package dev.vpaysandbox.mock;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.keys.Secret;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxResetIntegrationTests extends MockIntegrationTest {

	@Test
	void resetsToTheSeededStateWithNewKeys() {
		Sandbox sandbox = new Sandbox(this.port);
		String appId = sandbox.newMiniGame();
		Session gamer = sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
		sandbox.pay(sandbox.purchase(gamer));
		Secret keyBefore = sandbox.appKey(Sandbox.MINI_GAME, 0);
		assertThat(sandbox.admin("PUT", "/sandbox/scenarios/apps/" + appId, "{\"spec\":\"drop\"}").status())
			.isEqualTo(200);
		Waiting.waiting()
			.until(() -> this.jdbc.queryForObject("select count(*) from notification_attempt", Integer.class) > 0);

		assertThat(sandbox.admin("POST", "/sandbox/reset", null).status()).isEqualTo(204);
		assertThat(sandbox.admin("GET", "/sandbox/journal", null).json()).isEmpty();

		assertThat(sandbox.admin("GET", "/sandbox/apps/" + appId, null).status()).isEqualTo(404);
		assertThat(sandbox.admin("GET", "/sandbox/apps", null).json().findValuesAsString("appId"))
			.containsExactly("demo-minigame", "demo-miniprogram");
		assertThat(this.jdbc.queryForObject("select count(*) from payment", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from user_session", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from item", Integer.class)).isEqualTo(6);
		assertThat(sandbox.appKey(Sandbox.MINI_GAME, 0)).isNotEqualTo(keyBefore);
		assertThat(sandbox.admin("GET", "/sandbox/checks", null).json()).isEmpty();
		for (String table : List.of("notification", "notification_attempt", "scenario")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
		}
		Session again = sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
		assertThat(sandbox.pay(sandbox.purchase(again)).status()).isEqualTo(200);
	}

}
