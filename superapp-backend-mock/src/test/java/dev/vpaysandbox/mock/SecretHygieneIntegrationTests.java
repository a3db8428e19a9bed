package dev.vpaysandbox.mock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.Sandbox.PaymentCall;
import dev.vpaysandbox.mock.Sandbox.Session;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured logs carry ids and codes, while keys, secrets, session_keys, tokens and
 * signatures never reach them.
 */
@MockIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretHygieneIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void logsTheFlowWithoutAnySecret(CapturedOutput output) {
		Sandbox sandbox = new Sandbox(this.port);
		Session gamer = sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
		PaymentCall call = sandbox.purchase(gamer);
		String token = sandbox.accessToken(Sandbox.MINI_GAME);
		Response paid = sandbox.pay(call);
		sandbox.pay(call.withPaySig(call.paySig().replace('a', 'b')));
		sandbox.xpay(Sandbox.MINI_GAME, "query_order",
				"{\"openid\":\"" + gamer.openid() + "\",\"env\":0,\"order_id\":\"" + call.outTradeNo() + "\"}", 0);
		assertThat(output.getOut()).contains("\"message\":\"pre-order check paid\"",
				"\"paymentId\":\"" + paid.header("X-Sandbox-Payment-Id") + "\"",
				"\"outTradeNo\":\"" + call.outTradeNo() + "\"");
		assertThat(output.getAll()).doesNotContain(sandbox.appKey(Sandbox.MINI_GAME, 0).reveal(),
				gamer.sessionKey().reveal(), token, call.paySig(), call.signature(), "demo-minigame-secret",
				"sandbox-admin-token");
	}

}
