package dev.vpaysandbox.order.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.vpaysandbox.order.notify.DeliveryNotification.MalformedNotificationException;
import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeliveryNotificationTests {

	private static final String PAYLOAD = "{\"OpenId\":\"o1\",\"Env\":\"1\",\"OutTradeNo\":\"VP12345678\","
			+ "\"GoodsInfo\":{\"ProductId\":\"sword\",\"Quantity\":2,\"ZoneId\":\"1\",\"OrigPrice\":398,"
			+ "\"ActualPrice\":398,\"Attach\":\"\",\"OrderSource\":1}}";

	@Test
	void keepsThePayloadTextExactlyAsReceived() {
		String spaced = PAYLOAD.replace(",", ", ");

		DeliveryNotification notification = DeliveryNotification.parse(envelope(spaced));

		assertThat(notification.payload()).isEqualTo(spaced);
		assertThat(notification.outTradeNo()).isEqualTo("VP12345678");
		assertThat(notification.env()).isEqualTo(Env.SANDBOX);
		assertThat(notification.event()).isEqualTo("minigame_game_pay_goods_deliver_notify");
		assertThat(notification.payEventSig()).isEqualTo("ab");
	}

	@Test
	void readsWhatWasPaidFor() {
		DeliveryNotification.PaidGoods goods = DeliveryNotification.parse(envelope(PAYLOAD)).goods();

		assertThat(goods).isEqualTo(new DeliveryNotification.PaidGoods("o1", "sword", 2, 398));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"Env\":\"1\"|\"Env\":1", "\"Env\":\"1\"|\"Env\":\"2\"",
			"\"OutTradeNo\":\"VP12345678\"|\"OutTradeNo\":12345678" })
	void refusesRoutingFieldsOfTheWrongType(String change) {
		String[] parts = change.split("\\|");

		assertThatExceptionOfType(MalformedNotificationException.class)
			.isThrownBy(() -> DeliveryNotification.parse(envelope(PAYLOAD.replace(parts[0], parts[1]))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"Quantity\":2|\"Quantity\":2.5", "\"Quantity\":2|\"Quantity\":\"2\"",
			"\"ActualPrice\":398|\"ActualPrice\":3.98", "\"OpenId\":\"o1\",|" })
	void refusesGoodsOfTheWrongType(String change) {
		String[] parts = change.split("\\|", -1);
		DeliveryNotification notification = DeliveryNotification.parse(envelope(PAYLOAD.replace(parts[0], parts[1])));

		assertThatExceptionOfType(MalformedNotificationException.class).isThrownBy(notification::goods);
	}

	private static String envelope(String payload) {
		String quoted = payload.replace("\\", "\\\\").replace("\"", "\\\"");
		return "{\"EventType\":\"event\",\"Event\":\"minigame_game_pay_goods_deliver_notify\",\"PayModel\":\"goods\","
				+ "\"Payload\":\"" + quoted + "\",\"PayEventSig\":\"ab\"}";
	}

}
