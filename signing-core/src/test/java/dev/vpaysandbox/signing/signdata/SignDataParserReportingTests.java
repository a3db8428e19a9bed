package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.PayMethod;

import static dev.vpaysandbox.signing.signdata.SignDataParserFieldTests.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * That the parser reports every broken rule, each with its field, in the order the
 * pre-order check answers with (-15011, then -15001, then -15002, by field order).
 */
class SignDataParserReportingTests {

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	@Test
	void reportsEveryViolationWithItsFieldInReportingOrder() {
		String broken = "{\"attach\":7,\"mode\":\"coins\",\"buyQuantity\":0,\"currencyType\":\"usd\","
				+ "\"goodsPrice\":1.5,\"outTradeNo\":\"_short\",\"tip\":1}";

		ParsedSignData parsed = SignDataParser.parse(broken, GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Invalid.class, (invalid) -> {
			assertThat(invalid.violations()).extracting(Violation::code, Violation::field)
				.containsExactly(tuple(ViolationCode.MISSING_FIELD, "productId"),
						tuple(ViolationCode.INVALID_FIELD, "mode"), tuple(ViolationCode.INVALID_FIELD, "buyQuantity"),
						tuple(ViolationCode.INVALID_FIELD, "currencyType"),
						tuple(ViolationCode.INVALID_FIELD, "goodsPrice"),
						tuple(ViolationCode.INVALID_FIELD, "outTradeNo"), tuple(ViolationCode.INVALID_FIELD, "attach"),
						tuple(ViolationCode.INVALID_FIELD, "tip"));
			assertThat(invalid.first().code().errCode()).isEqualTo(-15001);
		});
	}

	@Test
	void reportsAPresentRequiredIntegerOfTheWrongTypeAsInvalidNotMissing() {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("goodsPrice", "\"199\""), GAME),
				ViolationCode.INVALID_FIELD, "goodsPrice");
	}

	@Test
	void reportsAPresentRequiredStringOfTheWrongTypeAsInvalidNotMissing() {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("productId", "42"), GAME), ViolationCode.INVALID_FIELD,
				"productId");
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("mode", "null"), GAME), ViolationCode.INVALID_FIELD,
				"mode");
	}

	@Test
	void givesEachViolationAMessageThatNamesTheRule() {
		ParsedSignData parsed = SignDataParser.parse(SignDataTexts.gameWith("goodsPrice", "-5"), GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Invalid.class,
				(invalid) -> assertThat(invalid.first().message()).isEqualTo("goodsPrice must not be negative"));
	}

}
