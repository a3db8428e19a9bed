package dev.vpaysandbox.mock;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.testing.PostgresTestDatabase;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock on PostgreSQL with the {@code postgres} profile: migrations run, the unique
 * constraint keeps an outTradeNo to one payment under 200 concurrent calls, and every
 * attach the pre-order check accepts is stored and echoed exactly.
 */
class PostgresIntegrationTests {

	static ConfigurableApplicationContext mock;

	static Sandbox sandbox;

	static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		PostgresTestDatabase.assumeAvailable();
		String url = PostgresTestDatabase.create("mock_it");
		mock = SuperappBackendMockApplication.builder()
			.run("--spring.profiles.active=postgres", "--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + PostgresTestDatabase.user(),
					"--spring.datasource.password=" + PostgresTestDatabase.password(),
					"--logging.structured.format.console=", "--logging.level.dev.vpaysandbox=WARN");
		sandbox = new Sandbox(Integer.parseInt(mock.getEnvironment().getProperty("local.server.port")));
		jdbc = new JdbcTemplate(mock.getBean(DataSource.class));
	}

	@AfterAll
	static void stop() {
		if (mock != null) {
			mock.close();
		}
	}

	@Test
	void runsOnPostgresql() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		Session gamer = sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
		PaymentCall call = sandbox.purchase(gamer);
		assertThat(sandbox.pay(call, Sandbox.SCENARIO, "delay=1h").status()).isEqualTo(200);
		Response order = sandbox.xpay(Sandbox.MINI_GAME, "query_order",
				"{\"openid\":\"" + gamer.openid() + "\",\"env\":0,\"order_id\":\"" + call.outTradeNo() + "\"}", 0);
		assertThat(order.json().get("order").get("status").intValue()).isEqualTo(2);
	}

	@Test
	void acceptsExactlyOneOf200ConcurrentCallsWithOneOutTradeNo() throws Exception {
		OutTradeNoRace.runAndVerify(sandbox, jdbc, 200);
	}

	@Test
	void storesAndEchoesEveryAttachThePreOrderCheckAccepts() {
		try (NotifyReceiver receiver = NotifyReceiver.start()) {
			String appId = sandbox.newMiniGame(receiver.url());
			AttachEcho.echoesTheLongestAttachOfCharactersOutsideTheBmp(sandbox, receiver, appId);
			AttachEcho.refusesOneCharacterMoreThanTheLimit(sandbox, appId);
		}
	}

	@Test
	void refusesAnAttachWithALoneSurrogateInsteadOfChangingIt() {
		try (NotifyReceiver receiver = NotifyReceiver.start()) {
			AttachEcho.refusesALoneSurrogate(sandbox, receiver, sandbox.newMiniGame(receiver.url()));
		}
	}

}
