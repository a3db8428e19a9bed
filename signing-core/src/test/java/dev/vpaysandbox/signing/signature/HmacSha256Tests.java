package dev.vpaysandbox.signing.signature;

import java.util.HexFormat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written hex encoder writes exactly what the JDK's does. */
class HmacSha256Tests {

	@Property(tries = 300)
	void writesTheSameLowerCaseHexAsHexFormat(@ForAll byte[] bytes) {
		assertThat(HmacSha256.lowerHex(bytes)).isEqualTo(HexFormat.of().formatHex(bytes));
	}

}
