package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;

class ConcurrentPreOrderIntegrationTests extends MockIntegrationTest {

	@Test
	void acceptsExactlyOneOf200ConcurrentCallsWithOneOutTradeNoOnH2() throws Exception {
		OutTradeNoRace.runAndVerify(new Sandbox(this.port), this.jdbc, 200);
	}

}
