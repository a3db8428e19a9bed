package dev.vpaysandbox.e2e.client;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * One call of a JS payment API, as the host app receives it ({@code POST
 * /sandbox/wx/{method}}); tests change single fields to play a tampering front end or a
 * misbehaving merchant.
 *
 * @param method the JS API called (the endpoint)
 * @param appId the app
 * @param userId the host app's user
 * @param signData the signData text
 * @param paySig paySig hex
 * @param signature signature hex
 * @param mode a mini program's mode beside signData, or {@code null}
 */
public record PaymentCall(PayMethod method, String appId, String userId, String signData, String paySig,
		String signature, String mode) {

	/** The same call with another signData. */
	public PaymentCall withSignData(String signData) {
		return new PaymentCall(this.method, this.appId, this.userId, signData, this.paySig, this.signature, this.mode);
	}

	/** The same call with another paySig. */
	public PaymentCall withPaySig(String paySig) {
		return new PaymentCall(this.method, this.appId, this.userId, this.signData, paySig, this.signature, this.mode);
	}

	/** The same call with another signature. */
	public PaymentCall withSignature(String signature) {
		return new PaymentCall(this.method, this.appId, this.userId, this.signData, this.paySig, signature, this.mode);
	}

	/** The same body sent to another JS API. */
	public PaymentCall toEndpointOf(PayMethod method) {
		return new PaymentCall(method, this.appId, this.userId, this.signData, this.paySig, this.signature, this.mode);
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appId", this.appId);
		body.put("userId", this.userId);
		body.put("signData", this.signData);
		body.put("paySig", this.paySig);
		body.put("signature", this.signature);
		if (this.mode != null) {
			body.put("mode", this.mode);
		}
		return body;
	}

}
