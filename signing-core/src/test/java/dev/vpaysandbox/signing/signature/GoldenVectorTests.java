package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.IndependentHmac.Tool;
import dev.vpaysandbox.signing.signdata.SignData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden vectors of this project for each signature (docs/protocol.md#signatures): the
 * expected hex is written down, and at test time also recomputed by openssl and python3
 * (those present), from the string to sign written out by hand.
 */
class GoldenVectorTests {

	static final String GAME_SIGN_DATA = "{\"mode\":\"goods\",\"buyQuantity\":1,\"env\":0,\"currencyType\":\"USD\","
			+ "\"platform\":\"android\",\"productId\":\"sword\",\"goodsPrice\":199,"
			+ "\"outTradeNo\":\"golden_20260101_0001\",\"attach\":\"{\\\"campaign\\\":\\\"launch\\\"}\"}";

	static final String PROGRAM_SIGN_DATA = "{\"offerId\":\"demo-offer\",\"buyQuantity\":3,\"env\":1,"
			+ "\"currencyType\":\"USD\",\"platform\":\"ios\",\"productId\":\"gem-pack\",\"goodsPrice\":999,"
			+ "\"outTradeNo\":\"golden-20260101-0002\"}";

	static final String UNICODE_SIGN_DATA = "{\"mode\":\"goods\",\"buyQuantity\":2,\"env\":1,\"currencyType\":\"USD\","
			+ "\"productId\":\"shield\",\"goodsPrice\":299,\"outTradeNo\":\"golden@0003|x*y\","
			+ "\"attach\":\"礼包🎁 «gift»\"}";

	static final String QUERY_ORDER_BODY = "{\"openid\":\"oAbCdEfGhIjKlMnOpQrStUvWxYz0\",\"env\":1,"
			+ "\"order_id\":\"golden-20260101-0002\"}";

	static final String DELIVERY_PAYLOAD = "{\"OpenId\":\"oAbCdEfGhIjKlMnOpQrStUvWxYz0\",\"Env\":\"1\","
			+ "\"OutTradeNo\":\"golden-20260101-0002\",\"GoodsInfo\":{\"ProductId\":\"gem-pack\",\"Quantity\":3,"
			+ "\"ZoneId\":\"1\",\"OrigPrice\":2997,\"ActualPrice\":2997,\"Attach\":\"\",\"OrderSource\":1}}";

	private static Map<Tool, List<String>> independent;

	@BeforeAll
	static void computeWithIndependentImplementations() {
		independent = IndependentHmac.computeAll(
				vectors().map((vector) -> new IndependentHmac.Input(vector.key(), vector.stringToSign())).toList());
	}

	static Stream<Vector> vectors() {
		return Stream.of(
				new Vector("paySig, mini game", "vpay-golden-appkey-env0",
						"requestMidasPaymentGameItem&" + GAME_SIGN_DATA,
						"7b50f43e343d7df9e9b8e15d09ab61d90c22f32677963a39a229b05559073c00",
						(key) -> Signatures.paySig(key, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, GAME_SIGN_DATA)),
				new Vector("paySig, mini program", "vpay-golden-appkey-env1",
						"requestVirtualPayment&" + PROGRAM_SIGN_DATA,
						"da57ba78cef308303ae50d28e6d4d1475853494b917c2c3df3022f8fb1935f1b",
						(key) -> Signatures.paySig(key, PayMethod.REQUEST_VIRTUAL_PAYMENT, PROGRAM_SIGN_DATA)),
				new Vector("signature, non-ASCII signData", "Gx0sVYd4bQ2m9r1tKp7wZg==", UNICODE_SIGN_DATA,
						"fb27256dfd3e062c7e021303807b0c8548c048a15dd97f7da5c840ec70bda968",
						(key) -> Signatures.signature(key, UNICODE_SIGN_DATA)),
				new Vector("pay_sig, query_order", "vpay-golden-appkey-env1", "/xpay/query_order&" + QUERY_ORDER_BODY,
						"f4f582728bf2d02680e50ad57f0fa16446cb40b26eb02746ff964e331885b9fe",
						(key) -> Signatures.payApiSig(key, "/xpay/query_order", QUERY_ORDER_BODY)),
				new Vector("PayEventSig, mini program delivery", "vpay-golden-appkey-env1",
						"xpay_goods_deliver_notify&" + DELIVERY_PAYLOAD,
						"7d2184ac53338edc020c0a4d14925f66280667219a0d00b819ea3124311b7ccd",
						(key) -> Signatures.payEventSig(key, "xpay_goods_deliver_notify", DELIVERY_PAYLOAD)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void reproducesTheGoldenVector(Vector vector) {
		assertThat(vector.signer().apply(Secret.of(vector.key()))).isEqualTo(vector.expected());
	}

	@Test
	void agreesWithIndependentImplementations() {
		Assumptions.assumeFalse(independent.isEmpty(),
				"neither openssl nor python3 runs here: golden vectors not cross-checked");
		List<String> expected = vectors().map(Vector::expected).toList();
		independent.forEach((tool, hexes) -> assertThat(hexes).as(tool.name()).isEqualTo(expected));
	}

	@Test
	void buildsTheGoldenSignDataWithTheCanonicalWriter() {
		SignData game = SignData.builder(PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM)
			.buyQuantity(1)
			.env(Env.PRODUCTION)
			.currencyType("USD")
			.platform("android")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("golden_20260101_0001")
			.attach("{\"campaign\":\"launch\"}")
			.build();
		SignData program = SignData.builder(PayMethod.REQUEST_VIRTUAL_PAYMENT)
			.offerId("demo-offer")
			.buyQuantity(3)
			.env(Env.SANDBOX)
			.currencyType("USD")
			.platform("ios")
			.productId("gem-pack")
			.goodsPrice(999)
			.outTradeNo("golden-20260101-0002")
			.build();

		assertThat(game.toJson()).isEqualTo(GAME_SIGN_DATA);
		assertThat(program.toJson()).isEqualTo(PROGRAM_SIGN_DATA);
	}

	@Test
	void signsTheExactBodyBytesLikeTheBodyText() {
		byte[] body = QUERY_ORDER_BODY.getBytes(StandardCharsets.UTF_8);

		assertThat(Signatures.payApiSig(Secret.of("vpay-golden-appkey-env1"), "/xpay/query_order", body))
			.isEqualTo("f4f582728bf2d02680e50ad57f0fa16446cb40b26eb02746ff964e331885b9fe");
	}

	/**
	 * A golden vector.
	 *
	 * @param name what it covers
	 * @param key the key text
	 * @param stringToSign the string to sign, written out by hand
	 * @param expected the lower-case hex
	 * @param signer how signing-core signs it
	 */
	record Vector(String name, String key, String stringToSign, String expected, Function<Secret, String> signer) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
