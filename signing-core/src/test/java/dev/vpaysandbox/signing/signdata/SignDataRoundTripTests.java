package dev.vpaysandbox.signing.signdata;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any valid signData: its canonical text parses back to the same value, the parser
 * keeps that text as raw, and the text is compact.
 */
class SignDataRoundTripTests {

	@Property(tries = 300)
	void parsesTheCanonicalTextBackToTheSameValue(@ForAll("signData") Built built) {
		String json = built.data().toJson();

		ParsedSignData parsed = SignDataParser.parse(json, built.method());

		assertThat(parsed).isInstanceOfSatisfying(ParsedSignData.Valid.class, (valid) -> {
			assertThat(valid.data()).isEqualTo(built.data());
			assertThat(valid.raw()).isSameAs(json);
		});
		assertThat(JsonWhitespace.hasInsignificantWhitespace(json)).isFalse();
	}

	@Provide
	Arbitrary<Built> signData() {
		Arbitrary<PayMethod> methods = Arbitraries.of(PayMethod.class);
		Arbitrary<String> outTradeNos = Arbitraries.strings()
			.withChars("0123456789ABCXYZabcxyz_-|*@")
			.ofMinLength(8)
			.ofMaxLength(32)
			.filter((text) -> !text.startsWith("_"));
		Arbitrary<String> texts = Arbitraries.strings()
			.withCharRange(' ', '~')
			.withCharRange('\u00a0', '\u07ff')
			.withChars('"', '\\', '\n', '\t', '\u0001')
			.ofMaxLength(40);
		Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(64);
		Arbitrary<Env> envs = Arbitraries.of(Env.class).injectNull(0.3);
		Arbitrary<String> platforms = Arbitraries.of("android", "ios", "IOS", "Android").injectNull(0.3);
		return Combinators
			.combine(methods, Arbitraries.longs().between(1, Long.MAX_VALUE), envs,
					Arbitraries.strings().withCharRange('A', 'Z').ofLength(3), platforms, ids,
					Arbitraries.longs().greaterOrEqual(0), outTradeNos)
			.flatAs((method, quantity, env, currency, platform, productId, price, outTradeNo) -> Combinators
				.combine(ids.injectNull(0.3), texts.injectNull(0.3))
				.as((offerId, attach) -> {
					SignData.Builder builder = SignData.builder(method)
						.buyQuantity(quantity)
						.env(env)
						.currencyType(currency)
						.platform(platform)
						.productId(productId)
						.goodsPrice(price)
						.outTradeNo(outTradeNo)
						.attach(attach);
					builder.offerId(method.isMiniGame() ? offerId : (offerId != null) ? offerId : "offer");
					return new Built(method, builder.build());
				}));
	}

	record Built(PayMethod method, SignData data) {
	}

}
