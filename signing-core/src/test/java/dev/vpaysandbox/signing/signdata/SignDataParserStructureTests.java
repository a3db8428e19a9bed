package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The -15011 rule (a string holding exactly one JSON object), and that the parser keeps
 * the text it received instead of re-serializing it.
 */
class SignDataParserStructureTests {

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "not json", "{\"mode\":", "{'mode':'goods'}", "{\"mode\":\"goods\",}" })
	void rejectsTextThatIsNotJsonWithMinus15011(String raw) {
		assertSingleNotAnObject(raw);
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1,2]", "\"{}\"", "42", "true", "null" })
	void rejectsJsonThatIsNotAnObjectWithMinus15011(String raw) {
		assertSingleNotAnObject(raw);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{} {}", "{}x", "{}]", "{} 1" })
	void rejectsContentAfterTheObjectWithMinus15011(String suffix) {
		assertSingleNotAnObject(SignDataTexts.GAME + suffix.substring(2));
	}

	@Test
	void acceptsTrailingWhitespaceAfterTheObject() {
		assertThat(SignDataParser.parse(SignDataTexts.GAME + "\n", GAME)).isInstanceOf(ParsedSignData.Valid.class);
	}

	@Test
	void doesNotQuoteTheTextInItsMessage() {
		ParsedSignData parsed = SignDataParser.parse("{\"mode\":goods-secret-token}", GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Invalid.class, (invalid) -> {
			assertThat(invalid.first().code()).isEqualTo(ViolationCode.NOT_A_JSON_OBJECT);
			assertThat(invalid.first().message()).doesNotContain("goods-secret-token").contains("at character");
		});
	}

	@Test
	void keepsTheReceivedTextAsRawInsteadOfReSerializingIt() {
		String received = "{ \"productId\":\"sword\", \"mode\":\"goods\",\"buyQuantity\":1,\"currencyType\":\"USD\","
				+ "\"goodsPrice\":199,\"outTradeNo\":\"ord_20260101_0001\" }";

		ParsedSignData parsed = SignDataParser.parse(received, GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Valid.class, (valid) -> {
			assertThat(valid.raw()).isSameAs(received);
			assertThat(valid.data().toJson()).isNotEqualTo(received);
		});
	}

	@Test
	void keepsTheRawTextOfAnInvalidSignDataToo() {
		String received = "{\"mode\":\"goods\"}";

		assertThat(SignDataParser.parse(received, GAME).raw()).isSameAs(received);
	}

	@Test
	void parsesTheCanonicalTextBackToTheSameSignData() {
		SignData data = SignData.builder(GAME)
			.buyQuantity(2)
			.env(dev.vpaysandbox.signing.protocol.Env.SANDBOX)
			.currencyType("EUR")
			.platform("IOS")
			.productId("shield")
			.goodsPrice(299)
			.outTradeNo("ord|2026*01@x")
			.attach("tab\tquote\" back\\slash 礼包🎁")
			.build();

		ParsedSignData parsed = SignDataParser.parse(data.toJson(), GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Valid.class,
				(valid) -> assertThat(valid.data()).isEqualTo(data));
	}

	private static void assertSingleNotAnObject(String raw) {
		ParsedSignData parsed = SignDataParser.parse(raw, GAME);

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Invalid.class, (invalid) -> {
			assertThat(invalid.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.code()).isEqualTo(ViolationCode.NOT_A_JSON_OBJECT);
				assertThat(violation.code().errCode()).isEqualTo(-15011);
				assertThat(violation.field()).isNull();
			});
		});
	}

}
