package dev.vpaysandbox.order.order;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code attach} in {@code POST /api/orders}: counted in characters (Unicode code points)
 * as the platform counts them, and every order whose fields are valid is stored whatever
 * JSON escaping makes of its signData. The PostgreSQL run is
 * {@link AttachPostgresIntegrationTests}.
 */
class AttachIntegrationTests extends OrderServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_ATTACH = 1024;

	private static final String EMOJI = "\uD83D\uDE00";

	@Autowired
	PurchaseOrderRepository repository;

	/**
	 * Characters whose JSON escape is longer than they are, and one of two UTF-16 units.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "\"", "\\", "\u0001", "\n", EMOJI })
	void storesAndSignsTheLongestAttachWhateverItsEscaping(String character) {
		String attach = character.repeat(MAX_ATTACH);
		TestApi.User user = this.api.login("demo-minigame", newUserId());

		TestApi.Response response = order(user, attach);

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String signData = response.json().path("signData").asString();
		ParsedSignData parsed = SignDataParser.parse(signData, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM);
		assertThat(parsed).isInstanceOf(ParsedSignData.Valid.class);
		assertThat(((ParsedSignData.Valid) parsed).data().attach()).isEqualTo(attach);
		String outTradeNo = response.json().path("outTradeNo").asString();
		assertThat(this.repository.findByOutTradeNo(outTradeNo).orElseThrow().signData()).isEqualTo(signData);
	}

	@Test
	void countsAttachInCharactersAsThePlatformDoes() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		long stored = this.repository.count();

		TestApi.Response emoji = order(user, EMOJI.repeat(MAX_ATTACH + 1));
		TestApi.Response letters = order(user, "a".repeat(MAX_ATTACH + 1));

		for (TestApi.Response refused : new TestApi.Response[] { emoji, letters }) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("attach");
			assertThat(refused.json().path("detail").asString()).contains("1024 characters");
		}
		assertThat(this.repository.count()).isEqualTo(stored);
	}

	@Test
	void refusesAnAttachWithALoneSurrogateInsteadOfChangingIt() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		long stored = this.repository.count();

		TestApi.Response refused = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":1,\"attach\":\"a\\ud800b\"}", user.token());

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("attach");
		assertThat(refused.json().path("detail").asString()).contains("surrogate");
		assertThat(this.repository.count()).isEqualTo(stored);
	}

	@Test
	void refusesAnOrderWithADuplicateKeyAsThePlatformRefusesSuchSignData() {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		long stored = this.repository.count();

		TestApi.Response refused = this.api.post("/api/orders",
				"{\"productId\":\"sword\",\"quantity\":1,\"quantity\":100}", user.token());

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().path("type").asString()).endsWith("/malformed-request");
		assertThat(this.repository.count()).isEqualTo(stored);
	}

	private TestApi.Response order(TestApi.User user, String attach) {
		return this.api.post("/api/orders",
				JSON.writeValueAsString(Map.of("productId", "sword", "quantity", 1, "attach", attach)), user.token());
	}

}
