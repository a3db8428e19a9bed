package dev.vpaysandbox.mock;

import org.junit.jupiter.api.BeforeEach;

import dev.vpaysandbox.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one Spring context most integration tests share (same configuration, so it is
 * started once): the mock on a random port, an in-memory H2 database, a movable clock,
 * and a dispatcher that polls every 100 ms, so that a test which moves the clock sees a
 * due retry made at once. Each test gets a {@link Sandbox} client of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + SuperappBackendMockApplication.CONFIG_NAME,
				"spring.datasource.url=jdbc:h2:mem:mock-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				// the clock stands still in these tests: a moved clock is noticed at the
				// next poll
				"vpay.mock.notify.poll-interval=100ms",
				// few enough that a test fills an app's slots within one attempt's
				// timeout
				"vpay.mock.notify.max-in-flight-per-app=8" })
@Import(TestClockConfiguration.class)
abstract class MockIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Sandbox sandbox;

	@BeforeEach
	void connectSandbox() {
		this.sandbox = new Sandbox(this.port);
	}

}
