package dev.vpaysandbox.e2e.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a JS payment API call answered: the callback's {@code errMsg} and {@code errCode},
 * the mock's diagnosis of a refusal, the notes on an accepted call, and the payment it
 * opened.
 *
 * @param reply the HTTP answer
 */
public record JsApiResult(Reply reply) {

	/** The HTTP status: 200 paid, 202 waiting at the cashier, 4xx refused. */
	public int status() {
		return this.reply.status();
	}

	/**
	 * {@code <method>:ok}, {@code <method>:pending} or {@code <method>:fail <reason>}.
	 */
	public String errMsg() {
		return this.reply.json().path("errMsg").asString();
	}

	/** The refusal's errCode, or 0 when the call was accepted. */
	public int errCode() {
		return this.reply.json().path("errCode").asInt(0);
	}

	/** The failed check named by the diagnosis ({@code paySig}, {@code price}, ...). */
	public String failedCheck() {
		return this.reply.json().path("diagnosis").path("check").asString();
	}

	/** The signature diagnosis' reason (MISSING, MALFORMED, MISMATCH, NO_KEY). */
	public String signatureReason() {
		return this.reply.json().path("diagnosis").path("signature").path("reason").asString();
	}

	/** The hint codes of a signature diagnosis ({@code STALE_SESSION}, ...). */
	public List<String> hints() {
		return codes(this.reply.json().path("diagnosis").path("signature").path("hints"));
	}

	/** The note codes of an accepted call ({@code UPPER_CASE_HEX}, ...). */
	public List<String> notes() {
		return codes(this.reply.json().path("notes"));
	}

	/** The payment id of an accepted call. */
	public String paymentId() {
		return this.reply.header("X-Sandbox-Payment-Id")
			.orElseThrow(() -> new AssertionError("no payment id in " + this.reply));
	}

	/** The cashier URL of a call waiting at the cashier. */
	public String cashierUrl() {
		return this.reply.json().path("cashierUrl").asString();
	}

	private static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>();
		array.forEach((entry) -> codes.add(entry.path("code").asString()));
		return codes;
	}

	@Override
	public String toString() {
		return this.reply.toString();
	}

}
