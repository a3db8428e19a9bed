package dev.vpaysandbox.mock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code attach} on H2, whose {@code VARCHAR} counts UTF-16 units: every attach the
 * pre-order check accepts is stored and echoed exactly ({@link AttachEcho}; the
 * PostgreSQL run is in {@link PostgresIntegrationTests}).
 */
class AttachIntegrationTests extends ShopIntegrationTest {

	@Test
	void storesAndEchoesTheLongestAttachOfCharactersOutsideTheBmp() {
		AttachEcho.echoesTheLongestAttachOfCharactersOutsideTheBmp(this.sandbox, this.receiver, this.appId);
	}

	@Test
	void refusesAnAttachOneCharacterOverTheLimit() {
		AttachEcho.refusesOneCharacterMoreThanTheLimit(this.sandbox, this.appId);
	}

	@Test
	void refusesAnAttachWithALoneSurrogateInsteadOfChangingIt() {
		AttachEcho.refusesALoneSurrogate(this.sandbox, this.receiver, this.appId);
	}

}
