package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whitespace outside JSON strings is the mark of a re-serialized text. */
class JsonWhitespaceTests {

	@Test
	void stripsWhitespaceOutsideStringsOnly() {
		String pretty = "{\n\t\"attach\" : \"a b\\\" c\\\\\" ,\r\n \"k\": [1, 2]\n}";

		assertThat(JsonWhitespace.compact(pretty)).isEqualTo("{\"attach\":\"a b\\\" c\\\\\",\"k\":[1,2]}");
		assertThat(JsonWhitespace.hasInsignificantWhitespace(pretty)).isTrue();
	}

	@Test
	void findsNoneInACompactTextWithSpacesInsideStrings() {
		assertThat(JsonWhitespace.hasInsignificantWhitespace("{\"attach\":\"a  b\",\"q\":\"\\\" \"}")).isFalse();
	}

}
