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
 * The mock on PostgreSQL with the {@code postgres} profile: migrations run, and the
 * unique constraint keeps an outTradeNo to one payment under 200 concurrent calls.
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

}
