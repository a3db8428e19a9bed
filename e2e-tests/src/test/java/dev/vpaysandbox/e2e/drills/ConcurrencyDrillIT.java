package dev.vpaysandbox.e2e.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.vpaysandbox.e2e.shop.DemoApp;
import dev.vpaysandbox.e2e.shop.FrontEnd;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.e2e.shop.PlacedOrder;
import dev.vpaysandbox.client.PaymentQuery;
import dev.vpaysandbox.e2e.support.Http;
import dev.vpaysandbox.e2e.support.Reply;
import dev.vpaysandbox.e2e.support.SandboxServices;
import dev.vpaysandbox.e2e.support.SandboxServices.Database;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 4: the same request 200 times at the same moment. The mock's pre-order check
 * accepts one outTradeNo once; order-service delivers one notification once. On H2 and
 * PostgreSQL, because the exactly-once rules live in the databases' constraints. And one
 * user's logins at the same moment leave the session the platform accepts.
 */
class ConcurrencyDrillIT {

	private static final int CALLS = 200;

	private static final int LOGIN_USERS = 20;

	private static final int LOGINS_PER_USER = 4;

	@ParameterizedTest
	@EnumSource(Database.class)
	void twoHundredConcurrentPreOrderChecksOfOneOutTradeNoAcceptOne(Database database) {
		SandboxServices services = Drills.services(database);
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME).logIn();
		PlacedOrder order = player.placeOrder("sword", 1);

		long start = System.nanoTime();
		List<Callable<JsApiResult>> calls = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			calls.add(() -> player.pay(order));
		}
		List<JsApiResult> results = Drills.allAtOnce(calls);
		long millis = Drills.since(start);

		Map<Integer, Long> byStatus = results.stream()
			.collect(Collectors.groupingBy(JsApiResult::httpStatus, Collectors.counting()));
		assertThat(byStatus).as("statuses").containsEntry(200, 1L);
		assertThat(byStatus.keySet()).as("statuses").containsOnly(200, 409);
		assertThat(results.stream().filter((r) -> r.httpStatus() == 409).map(JsApiResult::errCode))
			.as("refusals: -15003 while the winner's payment is being stored, -15007 once paid")
			.allMatch((code) -> code == -15003 || code == -15007);
		int payments = services.sandbox()
			.payments()
			.search(PaymentQuery.of(DemoApp.MINI_GAME.appId(), order.outTradeNo()))
			.size();
		assertThat(payments).as("payments stored for the outTradeNo").isEqualTo(1);
		player.awaitDelivered(order);
		assertThat(player.inventory()).containsExactly(Map.entry("sword", 1L));
		Drills.figures("concurrency", database + " pre-order checks=" + results.size() + " statuses=" + byStatus
				+ " payments=" + payments + " in " + millis + " ms");
	}

	/**
	 * Twenty users each log in four times at once (tabs, retries), then buy: every
	 * payment must pass the platform's signature check, which accepts only the
	 * session_key it issued last (issue 16, defect 2).
	 */
	@ParameterizedTest
	@EnumSource(Database.class)
	void parallelLoginsOfOneUserLeaveTheSessionKeyThePlatformAccepts(Database database) {
		SandboxServices services = Drills.services(database);
		List<FrontEnd> players = new ArrayList<>();
		List<Callable<FrontEnd>> logins = new ArrayList<>();
		for (int user = 0; user < LOGIN_USERS; user++) {
			FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_GAME);
			players.add(player);
			for (int login = 0; login < LOGINS_PER_USER; login++) {
				logins.add(player::logIn);
			}
		}

		long start = System.nanoTime();
		Drills.allAtOnce(logins);
		long millis = Drills.since(start);

		List<JsApiResult> payments = players.stream()
			.map((player) -> player.pay(player.placeOrder("sword", 1)))
			.toList();
		assertThat(payments).as("payments after parallel logins")
			.allSatisfy((paid) -> assertThat(paid.httpStatus()).as(paid.toString()).isEqualTo(200));
		long refused = payments.stream().filter(JsApiResult::failed).count();
		Drills.figures("concurrency", database + " users=" + players.size() + " parallel logins each="
				+ (logins.size() / players.size()) + " payments refused=" + refused + " logins took " + millis + " ms");
	}

	@ParameterizedTest
	@EnumSource(Database.class)
	void twoHundredConcurrentIdenticalNotificationsDeliverOnce(Database database) {
		SandboxServices services = Drills.services(database);
		FrontEnd player = FrontEnd.newUser(services, DemoApp.MINI_PROGRAM).logIn();
		PlacedOrder order = player.placeOrder("gem-pack", 3);
		JdbcTemplate orderDb = Drills.orderDatabase(services);
		Secret appKey = DemoApp.MINI_PROGRAM.appKey(services.sandbox(), Env.PRODUCTION);
		String notification = DemoApp.MINI_PROGRAM.signedNotification(appKey, order.outTradeNo(),
				Drills.openIdOf(orderDb, order.outTradeNo()), "gem-pack", 3, 2997);

		long start = System.nanoTime();
		List<Callable<Reply>> calls = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			calls.add(() -> Http.postJson(services.orderUrl() + "/notify/virtual-payment", notification));
		}
		List<Reply> answers = Drills.allAtOnce(calls);
		long millis = Drills.since(start);

		assertThat(answers).as("every copy acknowledged").allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			assertThat(answer.body()).contains("\"returnCode\":\"0\"");
		});
		long[] deliveriesAndGrants = Drills.deliveriesAndGrants(orderDb, order.outTradeNo());
		assertThat(deliveriesAndGrants).as("deliveries, grants").containsExactly(1, 1);
		Map<String, Long> outcomes = orderDb
			.queryForList("select outcome from notification_log where out_trade_no = ?", String.class,
					order.outTradeNo())
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum()).as("notifications logged")
			.isEqualTo(CALLS);
		assertThat(player.inventory()).containsExactly(Map.entry("gem-pack", 3L));
		Drills.figures("concurrency",
				database + " notifications=" + answers.size() + " deliveries=" + deliveriesAndGrants[0] + " grants="
						+ deliveriesAndGrants[1] + " outcomes=" + outcomes + " in " + millis + " ms");
	}

}
