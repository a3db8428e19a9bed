package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@MockIntegrationTest
class ConcurrentPreOrderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acceptsExactlyOneOf200ConcurrentCallsWithOneOutTradeNoOnH2() throws Exception {
		OutTradeNoRace.runAndVerify(new Sandbox(this.port), this.jdbc, 200);
	}

}
