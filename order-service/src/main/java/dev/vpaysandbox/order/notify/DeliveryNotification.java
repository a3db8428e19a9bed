package dev.vpaysandbox.order.notify;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * A delivery notification as received (docs/protocol.md#format): the signed pair Event
 * and Payload, the signature, and the few Payload fields needed to find the key. Nothing
 * in it is trusted until {@code PayEventSig} verifies.
 *
 * @param event the Event, e.g. {@code xpay_goods_deliver_notify}
 * @param payload the Payload text exactly as received
 * @param payEventSig the signature presented
 * @param outTradeNo the Payload's OutTradeNo
 * @param env the Payload's Env
 */
record DeliveryNotification(String event, String payload, String payEventSig, String outTradeNo, Env env) {

	/**
	 * Refuses duplicate keys: with two {@code ActualPrice}s, which one the platform meant
	 * (and signed) is ambiguous, so the notification is malformed, as a signData with
	 * duplicate keys is for the platform.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * Reads the envelope and the routing fields of its Payload.
	 * @throws MalformedNotificationException naming what is missing or wrong
	 */
	static DeliveryNotification parse(String body) {
		JsonNode envelope = object(body, "the body");
		String event = text(envelope, "Event");
		String payload = text(envelope, "Payload");
		String signature = text(envelope, "PayEventSig");
		JsonNode fields = object(payload, "Payload");
		return new DeliveryNotification(event, payload, signature, text(fields, "OutTradeNo"), env(fields));
	}

	/**
	 * The Payload's full content; call only once the signature holds.
	 * @throws MalformedNotificationException naming what is missing or wrong
	 */
	PaidGoods goods() {
		JsonNode fields = object(this.payload, "Payload");
		JsonNode goods = fields.get("GoodsInfo");
		if (goods == null || !goods.isObject()) {
			throw new MalformedNotificationException("Payload.GoodsInfo must be a JSON object");
		}
		return new PaidGoods(text(fields, "OpenId"), text(goods, "ProductId"), integer(goods, "Quantity"),
				integer(goods, "ActualPrice"));
	}

	static JsonNode object(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new MalformedNotificationException(what + " is empty");
		}
		try {
			JsonNode node = JSON.readTree(text);
			if (node == null || !node.isObject()) {
				throw new MalformedNotificationException(what + " must be a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			String reason = ex.getOriginalMessage();
			if (reason != null && reason.startsWith("Duplicate")) {
				throw new MalformedNotificationException(what + " has a duplicate key: " + reason);
			}
			throw new MalformedNotificationException(what + " is not valid JSON");
		}
	}

	private static String text(JsonNode object, String name) {
		JsonNode node = object.get(name);
		if (node == null || !node.isString() || node.stringValue().isEmpty()) {
			throw new MalformedNotificationException(name + " must be a non-empty JSON string");
		}
		return node.stringValue();
	}

	private static long integer(JsonNode object, String name) {
		JsonNode node = object.get(name);
		if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
			throw new MalformedNotificationException("GoodsInfo." + name + " must be a JSON integer");
		}
		return node.longValue();
	}

	private static Env env(JsonNode fields) {
		String env = text(fields, "Env");
		return switch (env) {
			case "0" -> Env.PRODUCTION;
			case "1" -> Env.SANDBOX;
			default -> throw new MalformedNotificationException("Env must be the string \"0\" or \"1\"");
		};
	}

	/**
	 * What the platform says was paid for.
	 *
	 * @param openId the payer
	 * @param productId the product
	 * @param quantity how many
	 * @param actualPrice the total paid, in minor units
	 */
	record PaidGoods(String openId, String productId, long quantity, long actualPrice) {
	}

	/** The notification is not the protocol's envelope or Payload. */
	static class MalformedNotificationException extends RuntimeException {

		MalformedNotificationException(String message) {
			super(message);
		}

	}

}
