package dev.vpaysandbox.mock.notify;

import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.vpaysandbox.mock.apps.AppKeyStore;
import dev.vpaysandbox.mock.apps.Item;
import dev.vpaysandbox.mock.apps.Items;
import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.mock.system.SecureRandoms;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import org.springframework.stereotype.Component;

/**
 * Builds the delivery notification of a payment
 * (docs/protocol.md#delivery-notifications):
 * {@code {"EventType":"event","Event":E,"PayModel":"goods","Payload":"<json text>",
 * "PayEventSig":"<hex>"}}, the Payload
 * {@code {"OpenId","Env":"0","OutTradeNo","GoodsInfo":{"ProductId","Quantity","ZoneId":"1",
 * "OrigPrice","ActualPrice","Attach","OrderSource":1}}} with total prices in cents,
 * signed with the current appKey of the payment's env over {@code Event&Payload}; or
 * tampered as a chaos fault says.
 */
@Component
class EnvelopeFactory {

	/** How much of PayEventSig an attempt's row keeps. */
	static final int SHOWN_SIGNATURE = 8;

	private final AppKeyStore keys;

	private final Items items;

	private final JsonMapper json;

	EnvelopeFactory(AppKeyStore keys, Items items, JsonMapper json) {
		this.keys = keys;
		this.items = items;
		this.json = json;
	}

	/**
	 * The notification of a payment, with the given tamperings (none for a correct one).
	 */
	Envelope build(Payment payment, List<FaultType> tamperings) {
		String event = payment.method().deliveryEvent();
		String payload = payload(payment, tamperings);
		SigningKey key = signingKey(payment, tamperings);
		String signature = Signatures.payEventSig(key.secret(), event, payload);
		if (tamperings.contains(FaultType.CORRUPT_SIG)) {
			signature = corrupt(signature);
		}
		String faults = tamperings.isEmpty() ? null
				: tamperings.stream().map(FaultType::wireName).collect(Collectors.joining(", "));
		return new Envelope(envelope(event, payload, signature),
				envelope(event, payload, signature.substring(0, SHOWN_SIGNATURE) + "…"), key.description(), faults);
	}

	private String payload(Payment payment, List<FaultType> tamperings) {
		long total = payment.orderFee().minor();
		if (tamperings.contains(FaultType.WRONG_PRICE)) {
			total = (total == 1) ? 2 : 1;
		}
		String productId = tamperings.contains(FaultType.WRONG_PRODUCT) ? otherProduct(payment)
				: payment.purchase().productId();
		ObjectNode goods = this.json.createObjectNode()
			.put("ProductId", productId)
			.put("Quantity", payment.purchase().quantity())
			.put("ZoneId", "1")
			.put("OrigPrice", total)
			.put("ActualPrice", total)
			.put("Attach", (payment.purchase().attach() != null) ? payment.purchase().attach() : "")
			.put("OrderSource", 1);
		ObjectNode payload = this.json.createObjectNode()
			.put("OpenId", payment.openid())
			.put("Env", String.valueOf(payment.env().code()))
			.put("OutTradeNo", payment.outTradeNo().value());
		payload.set("GoodsInfo", goods);
		return this.json.writeValueAsString(payload);
	}

	/** Another product of the app, real if it sells one. */
	private String otherProduct(Payment payment) {
		return this.items.list(payment.appId())
			.stream()
			.map(Item::productId)
			.filter((productId) -> !productId.equals(payment.purchase().productId()))
			.findFirst()
			.orElse(payment.purchase().productId() + "-other");
	}

	private SigningKey signingKey(Payment payment, List<FaultType> tamperings) {
		Env env = payment.env();
		Env keyEnv = tamperings.contains(FaultType.OTHER_ENV_KEY) ? env.other() : env;
		AppKeys keys = this.keys.find(payment.appId(), keyEnv)
			.orElseThrow(() -> new IllegalStateException("app " + payment.appId() + " has no key in env " + keyEnv));
		if (tamperings.contains(FaultType.PREVIOUS_KEY)) {
			AppKey previous = keys.previous();
			if (previous == null) {
				return new SigningKey(Secret.of(SecureRandoms.alphanumeric(32)),
						"a key never issued (no previous key)");
			}
			return new SigningKey(previous.secret(), describe(previous) + " (previous)");
		}
		String note = (keyEnv != env) ? " (other env)" : "";
		return new SigningKey(keys.current().secret(), describe(keys.current()) + note);
	}

	private static String describe(AppKey key) {
		return "env " + key.env().code() + " v" + key.version();
	}

	/** The signature with its first hex digit changed. */
	static String corrupt(String signature) {
		char first = signature.charAt(0);
		return ((first == '0') ? '1' : '0') + signature.substring(1);
	}

	private String envelope(String event, String payload, String signature) {
		return this.json.writeValueAsString(this.json.createObjectNode()
			.put("EventType", "event")
			.put("Event", event)
			.put("PayModel", "goods")
			.put("Payload", payload)
			.put("PayEventSig", signature));
	}

	/**
	 * A notification ready to send.
	 *
	 * @param body the exact JSON body
	 * @param maskedBody the body with PayEventSig shortened, for the record
	 * @param keyUsed which appKey signed it, never the key
	 * @param faults the tamperings applied, or {@code null}
	 */
	record Envelope(String body, String maskedBody, String keyUsed, String faults) {
	}

	private record SigningKey(Secret secret, String description) {
	}

}
