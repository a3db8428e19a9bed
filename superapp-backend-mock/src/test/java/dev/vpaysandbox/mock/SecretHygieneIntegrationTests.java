package dev.vpaysandbox.mock;

import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.MockHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logs carry ids and codes as key-value pairs, while keys, secrets, session_keys,
 * tokens and signatures never reach them. Listens on Logback directly, at INFO, so that
 * other tests' logging settings in this JVM cannot hide a leak.
 */
class SecretHygieneIntegrationTests extends MockIntegrationTest {

	final ListAppender<ILoggingEvent> events = new ListAppender<>();

	Level previousLevel;

	@BeforeEach
	void listen() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger mock = logging.getLogger("dev.vpaysandbox.mock");
		this.previousLevel = mock.getLevel();
		mock.setLevel(Level.INFO);
		this.events.start();
		logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this.events);
	}

	@AfterEach
	void stopListening() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this.events);
		logging.getLogger("dev.vpaysandbox.mock").setLevel(this.previousLevel);
	}

	@Test
	void logsTheFlowWithoutAnySecret() {
		Sandbox sandbox = new Sandbox(this.port);
		Session gamer = sandbox.login(Sandbox.MINI_GAME, Sandbox.newUser());
		PaymentCall call = sandbox.purchase(gamer);
		String token = sandbox.accessToken(Sandbox.MINI_GAME);
		Response paid = sandbox.pay(call);
		sandbox.pay(call.withPaySig(call.paySig().replace('a', 'b')));
		sandbox.xpay(Sandbox.MINI_GAME, "query_order",
				"{\"openid\":\"" + gamer.openid() + "\",\"env\":0,\"order_id\":\"" + call.outTradeNo() + "\"}", 0);
		String logged = this.events.list.stream()
			.map((event) -> event.getFormattedMessage() + " " + event.getKeyValuePairs() + " "
					+ event.getThrowableProxy())
			.collect(Collectors.joining("\n"));
		assertThat(logged).contains("pre-order check paid", paid.header("X-Sandbox-Payment-Id"), call.outTradeNo(),
				"session opened", "access_token issued", "key exchanged");
		assertThat(logged).doesNotContain(sandbox.appKey(Sandbox.MINI_GAME, 0).reveal(), gamer.sessionKey().reveal(),
				token, call.paySig(), call.signature(), "demo-minigame-secret", "sandbox-admin-token");
	}

}
