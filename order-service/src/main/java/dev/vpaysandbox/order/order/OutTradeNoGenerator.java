package dev.vpaysandbox.order.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.stereotype.Component;

/**
 * New outTradeNos: {@code VP}, the creation time in base 36 milliseconds (so numbers sort
 * roughly by time and are readable in logs), then 14 random base-62 characters (83 bits),
 * 24 characters in all. The database's unique constraint, not this generator, is what
 * guarantees uniqueness.
 */
@Component
class OutTradeNoGenerator {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final int RANDOM_CHARS = 14;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	OutTradeNoGenerator(Clock clock) {
		this.clock = clock;
	}

	OutTradeNo next() {
		StringBuilder value = new StringBuilder(32).append("VP")
			.append(Long.toString(this.clock.millis(), 36).toUpperCase(Locale.ROOT));
		for (int i = 0; i < RANDOM_CHARS; i++) {
			value.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return new OutTradeNo(value.toString());
	}

}
