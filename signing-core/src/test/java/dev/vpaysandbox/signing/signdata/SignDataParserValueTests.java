package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static dev.vpaysandbox.signing.signdata.SignDataParserFieldTests.assertOnly;
import static dev.vpaysandbox.signing.signdata.SignDataTexts.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The value rules of signData (docs/protocol.md#value-rules) that need no registered app
 * or item, each reported as -15002 with its field.
 */
class SignDataParserValueTests {

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	private static final PayMethod PROGRAM = PayMethod.REQUEST_VIRTUAL_PAYMENT;

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "12345678901234567890123456789012", "a-b|c*d@e_f", "ABCdef09", "0_______" })
	void acceptsAnOutTradeNoOf8To32AllowedCharacters(String outTradeNo) {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("outTradeNo", quoted(outTradeNo)), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567", "123456789012345678901234567890123", "ord 2026 01", "ord#20260101",
			"ord.2026.01", "订单20260101", "_ord20260101", "ord2026/01" })
	void rejectsABadOutTradeNo(String outTradeNo) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("outTradeNo", quoted(outTradeNo)), GAME),
				ViolationCode.INVALID_FIELD, "outTradeNo");
	}

	@Test
	void acceptsBothEnvs() {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("env", "1"), GAME)).isInstanceOfSatisfying(
				ParsedSignData.Valid.class, (valid) -> assertThat(valid.data().effectiveEnv()).isEqualTo(Env.SANDBOX));
		assertThat(SignDataParser.parse(SignDataTexts.gameWithout("env"), GAME)).isInstanceOfSatisfying(
				ParsedSignData.Valid.class,
				(valid) -> assertThat(valid.data().effectiveEnv()).isEqualTo(Env.PRODUCTION));
	}

	@Test
	void rejectsEnv2() {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("env", "2"), GAME), ViolationCode.INVALID_FIELD, "env");
	}

	@ParameterizedTest
	@ValueSource(strings = { "usd", "US", "USDX", "U$D", "", "€" })
	void rejectsACurrencyThatIsNotThreeUpperCaseLetters(String currency) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("currencyType", quoted(currency)), GAME),
				ViolationCode.INVALID_FIELD, "currencyType");
	}

	@ParameterizedTest
	@ValueSource(strings = { "android", "ios", "Android", "IOS", "iOS" })
	void acceptsAndroidAndIosInAnyCase(String platform) {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("platform", quoted(platform)), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "windows", "", "ios ", "harmony" })
	void rejectsAnotherPlatform(String platform) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("platform", quoted(platform)), GAME),
				ViolationCode.INVALID_FIELD, "platform");
	}

	@Test
	void acceptsAnAttachOf1024Characters() {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("attach", quoted("a".repeat(1024))), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void countsAnAttachInCharactersNotUtf16Units() {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("attach", quoted("🎁".repeat(1024))), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"a\\ud800b\"", "\"\\udc00\"", "\"a\\ude00\\ud83d\"", "\"\\ud83d\"" })
	void rejectsAnAttachWithALoneSurrogateSinceItCannotBeEchoedUnchanged(String attach) {
		ParsedSignData parsed = SignDataParser.parse(SignDataTexts.gameWith("attach", attach), GAME);

		assertOnly(parsed, ViolationCode.INVALID_FIELD, "attach");
		assertThat(((ParsedSignData.Invalid) parsed).first().message()).contains("lone surrogate");
	}

	@Test
	void acceptsAnAttachWhosePairsAreEscaped() {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("attach", "\"a\\ud83d\\ude00b\""), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void refusesToBuildASignDataWithALoneSurrogateInAttach() {
		SignData.Builder builder = SignData.builder(GAME)
			.buyQuantity(1)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("12345678")
			.attach("a\ud800b");

		assertThatExceptionOfType(InvalidSignDataException.class).isThrownBy(builder::build)
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("attach"));
	}

	@Test
	void rejectsAnAttachOver1024Characters() {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("attach", quoted("a".repeat(1025))), GAME),
				ViolationCode.INVALID_FIELD, "attach");
	}

	@ParameterizedTest
	@ValueSource(strings = { "short_series_goods", "short_series_coin", "GOODS", "" })
	void rejectsAMiniGameModeOtherThanGoods(String mode) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("mode", quoted(mode)), GAME),
				ViolationCode.INVALID_FIELD, "mode");
	}

	@ParameterizedTest
	@ValueSource(strings = { "goods", "short_series_goods" })
	void rejectsAModeInsideAMiniProgramSignData(String mode) {
		String withMode = "{\"mode\":" + quoted(mode) + "," + SignDataTexts.PROGRAM.substring(1);

		assertOnly(SignDataParser.parse(withMode, PROGRAM), ViolationCode.INVALID_FIELD, "mode");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "tab\\u0009here", "bell\\u0007" })
	void rejectsABlankOrControlCharacterProductId(String productId) {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("productId", quoted(productId)), GAME),
				ViolationCode.INVALID_FIELD, "productId");
	}

	@Test
	void rejectsAZeroBuyQuantity() {
		assertOnly(SignDataParser.parse(SignDataTexts.gameWith("buyQuantity", "0"), GAME), ViolationCode.INVALID_FIELD,
				"buyQuantity");
	}

	@Test
	void acceptsAZeroGoodsPrice() {
		assertThat(SignDataParser.parse(SignDataTexts.gameWith("goodsPrice", "0"), GAME))
			.isInstanceOf(ParsedSignData.Valid.class);
	}

}
