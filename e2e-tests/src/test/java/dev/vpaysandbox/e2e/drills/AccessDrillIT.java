package dev.vpaysandbox.e2e.drills;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.client.PaymentQuery;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Drill 7: who may do what. The control API and the inspector's data need the admin
 * token, whatever the path looks like; a user sees only their own orders and inventory;
 * order-service accepts a notification only when signed with its own app's key over this
 * very order.
 */
class AccessDrillIT {

	/**
	 * Every control call of the mock (the inspector reads these), with a body for writes.
	 */
	private static final List<String[]> CONTROL_CALLS = List.of(new String[] { "GET", "/sandbox/apps" },
			new String[] { "GET", "/sandbox/apps/demo-minigame" },
			new String[] { "POST", "/sandbox/apps",
					"{\"appId\":\"intruder\",\"appSecret\":\"intruder-secret\",\"type\":\"mini-game\","
							+ "\"currencies\":[\"USD\"],\"notifyUrl\":\"http://localhost:1/n\"}" },
			new String[] { "PATCH", "/sandbox/apps/demo-minigame", "{\"notifyUrl\":\"http://evil.example/n\"}" },
			new String[] { "GET", "/sandbox/apps/demo-minigame/items" },
			new String[] { "GET", "/sandbox/apps/demo-minigame/items/sword" },
			new String[] { "POST", "/sandbox/apps/demo-minigame/items",
					"{\"productId\":\"free\",\"price\":1,\"currency\":\"USD\"}" },
			new String[] { "PATCH", "/sandbox/apps/demo-minigame/items/sword", "{\"price\":1}" },
			new String[] { "POST", "/sandbox/apps/demo-minigame/items/sword/unpublish", "" },
			new String[] { "POST", "/sandbox/apps/demo-minigame/items/sword/publish", "" },
			new String[] { "GET", "/sandbox/apps/demo-minigame/keys" },
			new String[] { "POST", "/sandbox/apps/demo-minigame/keys/rotate", "{\"env\":0}" },
			new String[] { "GET", "/sandbox/apps/demo-minigame/users" },
			new String[] { "GET", "/sandbox/apps/demo-minigame/users/alice" },
			new String[] { "GET", "/sandbox/payments" }, new String[] { "GET", "/sandbox/payments/mp0" },
			new String[] { "POST", "/sandbox/payments/mp0/pay", "" }, new String[] { "GET", "/sandbox/checks" },
			new String[] { "GET", "/sandbox/notifications" }, new String[] { "GET", "/sandbox/notifications/dead" },
			new String[] { "GET", "/sandbox/notifications/1" },
			new String[] { "POST", "/sandbox/notifications/1/redeliver", "" },
			new String[] { "GET", "/sandbox/journal" }, new String[] { "GET", "/sandbox/scenarios" },
			new String[] { "GET", "/sandbox/scenarios/faults" },
			new String[] { "GET", "/sandbox/scenarios/apps/demo-minigame" },
			new String[] { "PUT", "/sandbox/scenarios/apps/demo-minigame", "{\"spec\":\"decline\"}" },
			new String[] { "DELETE", "/sandbox/scenarios/apps/demo-minigame" },
			new String[] { "PUT", "/sandbox/scenarios/apps/demo-minigame/items/sword", "{\"spec\":\"decline\"}" },
			new String[] { "POST", "/sandbox/signatures/explain", "{}" }, new String[] { "GET", "/sandbox/clock" },
			new String[] { "POST", "/sandbox/clock/advance", "{\"by\":\"PT1H\"}" },
			new String[] { "POST", "/sandbox/clock/reset", "" }, new String[] { "POST", "/sandbox/reset", "" });

	/** Ways to present no valid token. */
	private static final List<String[]> NO_TOKEN = List.of(new String[0],
			new String[] { "Authorization", "Bearer wrong-token" }, new String[] { "Authorization", "Bearer " },
			new String[] { "Authorization", "sandbox-admin-token" },
			new String[] { "Authorization", "Basic c2FuZGJveC1hZG1pbi10b2tlbjo=" },
			new String[] { "Authorization", "Bearer sandbox-admin-token-and-more" },
			new String[] { "Authorization", "Bearer SANDBOX-ADMIN-TOKEN" },
			new String[] { "X-Admin-Token", "sandbox-admin-token" });

	/** Path spellings that Spring MVC or the container map to the same handler. */
	private static final List<java.util.function.UnaryOperator<String>> PATH_TRICKS = List.of((path) -> path,
			(path) -> path.replaceFirst("^/sandbox", "/sandbox;x=1"),
			(path) -> path.replaceFirst("^/sandbox", "/sandbox;"),
			(path) -> path.replaceFirst("^/sandbox/", "/sandbox;a=b/") + ";c=d", (path) -> "/" + path,
			(path) -> path.replaceFirst("^/sandbox/", "/sandbox/wx/../"),
			(path) -> path.replaceFirst("^/sandbox/", "/sandbox/cashier/../"),
			(path) -> path.replaceFirst("^/sandbox/", "/sandbox/./"),
			(path) -> path.replaceFirst("^/sandbox/", "/%73andbox/"));

	private final SandboxServices services = SandboxServices.shared();

	@Test
	void theControlApiAndTheInspectorRefuseEveryCallWithoutTheAdminToken() {
		int refused = 0;
		Set<String> calls = new HashSet<>();
		Set<String> paths = new HashSet<>();
		Set<String> tokens = new HashSet<>();
		for (String[] call : CONTROL_CALLS) {
			for (var trick : PATH_TRICKS) {
				for (String[] headers : NO_TOKEN) {
					String path = trick.apply(call[1]);
					byte[] body = (call.length > 2) ? call[2].getBytes(StandardCharsets.UTF_8) : null;
					String[] all = (body != null) ? concat(headers, "Content-Type", "application/json") : headers;
					Reply answer = Http.send(call[0], this.services.mockUrl() + path, body, all);
					assertThat(answer.status())
						.as(call[0] + " " + path + " " + String.join(" ", headers) + ": " + answer)
						.isIn(400, 401, 404);
					if (answer.status() == 401) {
						assertThat(answer.isProblem("admin-token-required")).as(answer.toString()).isTrue();
					}
					refused++;
					calls.add(call[0] + " " + call[1]);
					paths.add(trick.apply("/sandbox/x"));
					tokens.add(String.join(" ", headers));
				}
			}
		}
		assertThat(this.services.sandbox().payments().search(PaymentQuery.of(DemoApp.MINI_GAME.appId(), "none")))
			.isEmpty();
		Reply apps = Http.send("GET", this.services.mockUrl() + "/sandbox/apps", null, "Authorization",
				"Bearer " + SandboxServices.ADMIN_TOKEN);
		assertThat(apps.body()).doesNotContain("intruder", "evil.example");
		assertThat(this.services.sandbox().clock().now().offset()).as("no call moved the test clock").isZero();
		Drills.figures("access", "control calls without a valid token refused: " + refused + " (" + calls.size()
				+ " calls x " + paths.size() + " paths x " + tokens.size() + " tokens)");
	}

	@Test
	void aUserCannotReadAnotherUsersOrderOrInventory() {
		FrontEnd alice = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		FrontEnd mallory = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		FrontEnd programUser = FrontEnd.newUser(this.services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = alice.placeOrder("shield", 1);
		alice.pay(order);
		alice.awaitDelivered(order);

		for (FrontEnd other : List.of(mallory, programUser)) {
			assertThat(other.inventory()).as("another user's inventory").isEmpty();
		}
		String orderUrl = this.services.orderUrl() + "/api/orders/" + order.outTradeNo();
		Reply unknown = Http.send("GET", this.services.orderUrl() + "/api/orders/VPnoSuchOrder000000000000", null,
				"Authorization", bearerOf(mallory));
		Reply others = Http.send("GET", orderUrl, null, "Authorization", bearerOf(mallory));
		assertThat(others.status()).as(others.toString()).isEqualTo(404);
		assertThat(others.isProblem("order-not-found")).as(others.toString()).isTrue();
		assertThat(others.body().replace(order.outTradeNo(), "X"))
			.as("the same answer as for an order that does not exist")
			.isEqualTo(unknown.body().replace("VPnoSuchOrder000000000000", "X"));
		assertThat(Http.send("GET", orderUrl, null, "Authorization", bearerOf(programUser)).status()).isEqualTo(404);
		for (String[] headers : List.of(new String[0], new String[] { "Authorization", "Bearer forged" },
				new String[] { "Authorization", "Bearer " + order.outTradeNo() })) {
			assertThat(Http.send("GET", orderUrl, null, headers).status()).isEqualTo(401);
			assertThat(Http.send("GET", this.services.orderUrl() + "/api/inventory", null, headers).status())
				.isEqualTo(401);
		}
		assertThat(alice.inventory()).containsExactly(entry("shield", 1L));
	}

	@Test
	void aNotificationSignedWithAnotherAppsKeyIsRejected() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 2);
		JdbcTemplate orderDb = Drills.orderDatabase(this.services);
		Secret otherAppsKey = DemoApp.MINI_PROGRAM.appKey(this.services.sandbox(), Env.PRODUCTION);
		String forged = DemoApp.MINI_GAME.signedNotification(otherAppsKey, order.outTradeNo(),
				Drills.openIdOf(orderDb, order.outTradeNo()), "sword", 2, 398);

		Reply answer = Http.postJson(this.services.orderUrl() + "/notify/virtual-payment", forged);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
		assertThat(answer.body()).contains("\"returnCode\":\"401\"");
		assertThat(Drills.deliveriesAndGrants(orderDb, order.outTradeNo())).containsExactly(0, 0);
		assertThat(player.order(order.outTradeNo()).status()).isEqualTo("CREATED");
	}

	@Test
	void aGenuineNotificationReplayedForAnotherOrderIsRejected() {
		FrontEnd player = FrontEnd.newUser(this.services, DemoApp.MINI_GAME).logIn();
		PlacedOrder paid = player.placeOrder("sword", 1);
		PlacedOrder unpaid = player.placeOrder("sword", 1);
		JdbcTemplate orderDb = Drills.orderDatabase(this.services);
		Secret appKey = DemoApp.MINI_GAME.appKey(this.services.sandbox(), Env.PRODUCTION);
		String openId = Drills.openIdOf(orderDb, paid.outTradeNo());
		String genuine = DemoApp.MINI_GAME.signedNotification(appKey, paid.outTradeNo(), openId, "sword", 1, 199);
		String notifyUrl = this.services.orderUrl() + "/notify/virtual-payment";
		assertThat(Http.postJson(notifyUrl, genuine).status()).isEqualTo(200);

		String replayed = genuine.replace(paid.outTradeNo(), unpaid.outTradeNo());
		Reply answer = Http.postJson(notifyUrl, replayed);
		Reply again = Http.postJson(notifyUrl, genuine);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
		assertThat(Drills.deliveriesAndGrants(orderDb, unpaid.outTradeNo())).containsExactly(0, 0);
		assertThat(again.status()).as("the same order's replay is a duplicate").isEqualTo(200);
		assertThat(Drills.deliveriesAndGrants(orderDb, paid.outTradeNo())).containsExactly(1, 1);
		assertThat(player.inventory()).containsExactly(entry("sword", 1L));
	}

	private static String bearerOf(FrontEnd user) {
		return "Bearer " + user.sessionToken();
	}

	private static String[] concat(String[] headers, String... more) {
		String[] all = new String[headers.length + more.length];
		System.arraycopy(headers, 0, all, 0, headers.length);
		System.arraycopy(more, 0, all, headers.length, more.length);
		return all;
	}

}
