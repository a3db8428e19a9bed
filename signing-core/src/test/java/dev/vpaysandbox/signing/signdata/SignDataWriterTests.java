package dev.vpaysandbox.signing.signdata;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The builder and the canonical writer: compact text, fields in the order of
 * docs/protocol.md#fields 4, absent fields left out, strings escaped as JSON requires and
 * no more.
 */
class SignDataWriterTests {

	private static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	private static final PayMethod PROGRAM = PayMethod.REQUEST_VIRTUAL_PAYMENT;

	@Test
	void writesAMiniGameSignDataInSpecOrder() {
		SignData data = SignData.builder(GAME)
			.attach("note")
			.outTradeNo("ord_20260101_0001")
			.goodsPrice(199)
			.productId("sword")
			.platform("android")
			.currencyType("USD")
			.env(Env.PRODUCTION)
			.buyQuantity(1)
			.build();

		assertThat(data.toJson()).isEqualTo(SignDataTexts.GAME);
	}

	@Test
	void writesAMiniProgramSignDataInSpecOrderWithoutMode() {
		SignData data = SignData.builder(PROGRAM)
			.offerId("demo-offer")
			.buyQuantity(3)
			.env(Env.SANDBOX)
			.currencyType("USD")
			.platform("ios")
			.productId("gem-pack")
			.goodsPrice(999)
			.outTradeNo("ord-20260101-0002")
			.attach("note")
			.build();

		assertThat(data.toJson()).isEqualTo(SignDataTexts.PROGRAM);
	}

	@Test
	void leavesAbsentOptionalFieldsOut() {
		SignData data = SignData.builder(GAME)
			.buyQuantity(1)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("ord_20260101_0001")
			.build();

		assertThat(data.toJson()).isEqualTo("{\"mode\":\"goods\",\"buyQuantity\":1,\"currencyType\":\"USD\","
				+ "\"productId\":\"sword\",\"goodsPrice\":199,\"outTradeNo\":\"ord_20260101_0001\"}");
	}

	@Test
	void escapesQuotesBackslashesAndControlCharactersOnly() {
		String attach = "say \"hi\" \\ path/to\nnext\ttab\u0001 礼包🎁 é";

		String json = gameWithAttach(attach).toJson();

		assertThat(json).endsWith(",\"attach\":\"say \\\"hi\\\" \\\\ path/to\\nnext\\ttab\\u0001 礼包🎁 é\"}");
	}

	@Test
	void writesTheFullRangeOfALong() {
		SignData data = SignData.builder(GAME)
			.buyQuantity(Long.MAX_VALUE)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(0)
			.outTradeNo("ord_20260101_0001")
			.build();

		assertThat(data.toJson()).contains("\"buyQuantity\":9223372036854775807,").contains("\"goodsPrice\":0,");
	}

	@Test
	void refusesToBuildAnInvalidSignDataAndListsEveryBrokenRule() {
		SignData.Builder builder = SignData.builder(PROGRAM)
			.mode("goods")
			.buyQuantity(0)
			.currencyType("usd")
			.outTradeNo("short");

		assertThatExceptionOfType(InvalidSignDataException.class).isThrownBy(builder::build)
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::code, Violation::field)
				.containsExactly(tuple(ViolationCode.MISSING_FIELD, "offerId"),
						tuple(ViolationCode.MISSING_FIELD, "productId"),
						tuple(ViolationCode.MISSING_FIELD, "goodsPrice"), tuple(ViolationCode.INVALID_FIELD, "mode"),
						tuple(ViolationCode.INVALID_FIELD, "buyQuantity"),
						tuple(ViolationCode.INVALID_FIELD, "currencyType"),
						tuple(ViolationCode.INVALID_FIELD, "outTradeNo")))
			.withMessageStartingWith("invalid signData: -15001 offerId");
	}

	@Test
	void givesMiniGamesModeGoodsByDefault() {
		assertThat(gameWithAttach(null).mode()).isEqualTo("goods");
	}

	@Test
	void chargesGoodsPriceTimesBuyQuantity() {
		SignData data = SignData.builder(GAME)
			.buyQuantity(3)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("ord_20260101_0001")
			.build();

		assertThat(data.amount()).isEqualTo(597);
		assertThat(data.effectiveEnv()).isEqualTo(Env.PRODUCTION);
	}

	private static SignData gameWithAttach(String attach) {
		return SignData.builder(GAME)
			.buyQuantity(1)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("ord_20260101_0001")
			.attach(attach)
			.build();
	}

}
