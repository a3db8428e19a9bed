package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * One call of a JS payment API as the host app receives it ({@code POST
 * /sandbox/wx/{method}}), with the sandbox's steering headers. The {@code with...}
 * methods change one thing, to play a front end that tampers or a merchant that signs
 * wrongly.
 *
 * @param method the JS API called
 * @param appId the app
 * @param userId the host app's user
 * @param signData the signData text, sent exactly as given
 * @param paySig paySig hex
 * @param signature signature hex
 * @param mode a mini program's {@code mode} beside signData, or {@code null}
 * @param waitAtCashier whether the payment waits at the cashier
 * ({@code X-Sandbox-Cashier: pending}) instead of being paid at once
 * @param scenario chaos faults for this payment ({@code X-Sandbox-Scenario}, e.g.
 * {@code drop=16}), or {@code null}
 */
public record PaymentRequest(PayMethod method, String appId, String userId, String signData, String paySig,
		String signature, String mode, boolean waitAtCashier, String scenario) {

	public PaymentRequest {
		Objects.requireNonNull(method, "method");
	}

	/** A call of {@code method}, paid at once, without {@code mode}. */
	public static PaymentRequest of(PayMethod method, String appId, String userId, String signData, String paySig,
			String signature) {
		return new PaymentRequest(method, appId, userId, signData, paySig, signature, null, false, null);
	}

	/** The same call with another signData. */
	public PaymentRequest withSignData(String signData) {
		return new PaymentRequest(this.method, this.appId, this.userId, signData, this.paySig, this.signature,
				this.mode, this.waitAtCashier, this.scenario);
	}

	/** The same call with another paySig. */
	public PaymentRequest withPaySig(String paySig) {
		return new PaymentRequest(this.method, this.appId, this.userId, this.signData, paySig, this.signature,
				this.mode, this.waitAtCashier, this.scenario);
	}

	/** The same call with another signature. */
	public PaymentRequest withSignature(String signature) {
		return new PaymentRequest(this.method, this.appId, this.userId, this.signData, this.paySig, signature,
				this.mode, this.waitAtCashier, this.scenario);
	}

	/** The same call with a {@code mode} beside signData (mini programs). */
	public PaymentRequest withMode(String mode) {
		return new PaymentRequest(this.method, this.appId, this.userId, this.signData, this.paySig, this.signature,
				mode, this.waitAtCashier, this.scenario);
	}

	/** The same body sent to another JS API. */
	public PaymentRequest toEndpointOf(PayMethod method) {
		return new PaymentRequest(method, this.appId, this.userId, this.signData, this.paySig, this.signature,
				this.mode, this.waitAtCashier, this.scenario);
	}

	/**
	 * The same call, left waiting at the cashier until someone pays, cancels or fails it.
	 */
	public PaymentRequest waitingAtCashier() {
		return new PaymentRequest(this.method, this.appId, this.userId, this.signData, this.paySig, this.signature,
				this.mode, true, this.scenario);
	}

	/**
	 * The same call with chaos faults for its payment, e.g. {@code "drop=16"} or
	 * {@code "duplicate=2, delay=10s"} ({@code "none"} ignores the app's scenario).
	 */
	public PaymentRequest withScenario(String scenario) {
		return new PaymentRequest(this.method, this.appId, this.userId, this.signData, this.paySig, this.signature,
				this.mode, this.waitAtCashier, scenario);
	}

	String path() {
		return "/sandbox/wx/" + this.method.wireName();
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

	Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		if (this.waitAtCashier) {
			headers.put("X-Sandbox-Cashier", "pending");
		}
		if (this.scenario != null) {
			headers.put("X-Sandbox-Scenario", this.scenario);
		}
		return headers;
	}

}
