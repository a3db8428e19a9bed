package dev.vpaysandbox.mock.merchant;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.merchant.XpayMessages.InvalidBodyException;
import dev.vpaysandbox.mock.merchant.XpayRequests.QueryOrder;
import dev.vpaysandbox.mock.merchant.XpayRequests.RefundOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Merchant-API bodies bind by the protocol's field names, strictly typed, and answers
 * write the protocol's field names.
 */
class XpayMessagesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final XpayMessages messages = new XpayMessages(this.json);

	@Test
	void bindsTheProtocolsSnakeCaseNamesAndIgnoresOthers() {
		RefundOrder refund = bind("{\"openid\":\"o1\",\"env\":0,\"order_id\":\"ORDER-0001\",\"refund_order_id\":"
				+ "\"R1\",\"refund_fee\":5,\"left_fee\":10,\"refund_reason\":\"" + "r".repeat(300)
				+ "\",\"req_from\":\"me\",\"extra\":[1]}", RefundOrder.class);

		assertThat(refund).isEqualTo(new RefundOrder("o1", "ORDER-0001", null, "R1", 5L, 10L, "r".repeat(256), "me"));
		assertThat(bind("{\"openid\":\"o1\",\"wx_order_id\":\"mp1\"}", QueryOrder.class))
			.isEqualTo(new QueryOrder("o1", null, "mp1"));
	}

	@Test
	void refusesFieldsOfTheWrongJsonType() {
		assertRefused("{\"openid\":1}", QueryOrder.class, "openid has the wrong type");
		assertRefused("{\"openid\":\"o1\",\"order_id\":[]}", QueryOrder.class, "order_id has the wrong type");
		assertRefused(refundWith("\"refund_fee\":\"5\""), RefundOrder.class, "refund_fee has the wrong type");
		assertRefused(refundWith("\"refund_fee\":1.5"), RefundOrder.class, "refund_fee has the wrong type");
		assertRefused(refundWith("\"refund_fee\":99999999999999999999"), RefundOrder.class, "out of range");
	}

	@Test
	void refusesValuesThatBreakARule() {
		assertRefused("{\"order_id\":\"ORDER-0001\"}", QueryOrder.class, "openid is required");
		assertRefused(refundWith("\"refund_fee\":0"), RefundOrder.class, "refund_fee (> 0)");
		assertRefused(refundWith("\"refund_fee\":-1"), RefundOrder.class, "refund_fee (> 0)");
	}

	@Test
	void writesTheOrderWithTheProtocolsFieldNames() {
		String order = this.json.writeValueAsString(
				new XpayAnswer.Found(new XpayAnswer.Order("ORDER-0001", 2, 598, 598, 0, 598, 1, 2, 3, 0, 0, "mp1")));

		assertThat(order).isEqualTo("{\"errcode\":0,\"errmsg\":\"ok\",\"order\":{\"order_id\":\"ORDER-0001\","
				+ "\"status\":2,\"order_fee\":598,\"paid_fee\":598,\"refund_fee\":0,\"left_fee\":598,"
				+ "\"create_time\":1,\"update_time\":2,\"paid_time\":3,\"provide_time\":0,\"env_type\":0,"
				+ "\"wx_order_id\":\"mp1\"}}");
		assertThat(this.json.writeValueAsString(new XpayAnswer.Refusal(268490002, "no such order")))
			.isEqualTo("{\"errcode\":268490002,\"errmsg\":\"no such order\"}");
	}

	private static String refundWith(String field) {
		return "{\"openid\":\"o1\",\"order_id\":\"ORDER-0001\",\"refund_order_id\":\"R1\",\"left_fee\":10," + field
				+ "}";
	}

	private <T> T bind(String body, Class<T> type) {
		return this.messages.bind(body.getBytes(StandardCharsets.UTF_8), type);
	}

	private void assertRefused(String body, Class<?> type, String message) {
		assertThatExceptionOfType(InvalidBodyException.class).isThrownBy(() -> bind(body, type))
			.withMessageContaining(message);
	}

}
