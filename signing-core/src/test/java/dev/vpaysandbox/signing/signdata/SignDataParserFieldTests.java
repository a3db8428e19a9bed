package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which fields each app type must send (-15001), and the JSON types of the fields
 * (-15002): integers must be non-negative JSON integers, strings JSON strings, and no
 * field may be unknown or repeated.
 */
class SignDataParserFieldTests {

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	private static final PayMethod PROGRAM = PayMethod.REQUEST_VIRTUAL_PAYMENT;

	@ParameterizedTest
	@ValueSource(strings = { "mode", "buyQuantity", "currencyType", "productId", "goodsPrice", "outTradeNo" })
	void reportsEachRequiredFieldOfAMiniGameAsMissing(String field) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWithout(field), GAME), ViolationCode.MISSING_FIELD, field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "offerId", "buyQuantity", "currencyType", "productId", "goodsPrice", "outTradeNo" })
	void reportsEachRequiredFieldOfAMiniProgramAsMissing(String field) {
		assertOnly(SignDataParser.parse(SignDataTexts.programWithout(field), PROGRAM), ViolationCode.MISSING_FIELD,
				field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "env", "platform", "attach" })
	void acceptsSignDataWithoutAnOptionalField(String field) {
		assertThat(SignDataParser.parse(SignDataTexts.gameWithout(field), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
		assertThat(SignDataParser.parse(SignDataTexts.programWithout(field), PROGRAM))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void acceptsAMiniGameWithAnOfferId() {
		String withOfferId = "{\"mode\":\"goods\",\"offerId\":\"offer-1\","
				+ SignDataTexts.gameWithout("mode").substring(1);

		assertThat(SignDataParser.parse(withOfferId, GAME)).isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void rejectsAnUnknownField() {
		String withExtra = SignDataTexts.GAME.replace("}", ",\"discount\":5}");

		assertOnly(SignDataParser.parse(withExtra, GAME), ViolationCode.INVALID_FIELD, "discount");
	}

	@Test
	void rejectsADuplicatedField() {
		String duplicated = SignDataTexts.GAME.replace("}", ",\"goodsPrice\":1}");

		assertOnly(SignDataParser.parse(duplicated, GAME), ViolationCode.INVALID_FIELD, "goodsPrice");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "buyQuantity | 1.0", "buyQuantity | 1.5", "goodsPrice | 1e2",
			"goodsPrice | 199E0", "goodsPrice | -1", "goodsPrice | -0", "env | -1", "goodsPrice | '\"199\"'",
			"buyQuantity | 99999999999999999999", "goodsPrice | 9223372036854775808", "goodsPrice | null",
			"buyQuantity | true", "goodsPrice | {\"amount\":199}", "buyQuantity | [1]", "env | 2", "env | '\"0\"'" })
	void rejectsAnIntegerFieldThatIsNotANonNegativeJsonInteger(String field, String rawValue) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith(field, rawValue), GAME), ViolationCode.INVALID_FIELD,
				field);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "productId | 5", "currencyType | null", "outTradeNo | 20260101",
			"attach | {\"k\":\"v\"}", "platform | [\"ios\"]", "mode | true", "attach | 1.5" })
	void rejectsAStringFieldThatIsNotAJsonString(String field, String rawValue) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith(field, rawValue), GAME), ViolationCode.INVALID_FIELD,
				field);
	}

	@Test
	void acceptsTheLargestLong() {
		String largest = SignDataTexts.gameWith("goodsPrice", String.valueOf(Long.MAX_VALUE));

		assertThat(SignDataParser.parse(largest, GAME)).isInstanceOfSatisfying(ParsedSignData.Valid.class,
				(valid) -> assertThat(valid.data().goodsPrice()).isEqualTo(Long.MAX_VALUE));
	}

	static void assertOnly(ParsedSignData parsed, ViolationCode code, String field) {
		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Invalid.class,
				(invalid) -> assertThat(invalid.violations()).extracting(Violation::code, Violation::field)
					.containsExactly(tuple(code, field)));
	}

}
