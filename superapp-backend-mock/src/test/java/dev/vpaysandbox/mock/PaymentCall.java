package dev.vpaysandbox.mock;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;

/**
 * A payment call's fields, which tests change one at a time.
 *
 * @param method the JS API
 * @param appId the app
 * @param userId the user
 * @param signData the signData text
 * @param paySig the paySig
 * @param signature the signature
 * @param mode the mini program's mode, or {@code null}
 */
record PaymentCall(PayMethod method, String appId, String userId, String signData, String paySig, String signature,
		String mode) {

	static PaymentCall signed(Session session, PayMethod method, String signData, Secret appKey) {
		return new PaymentCall(method, session.appId(), session.userId(), signData,
				Signatures.paySig(appKey, method, signData), Signatures.signature(session.sessionKey(), signData),
				method.isMiniGame() ? null : "short_series_goods");
	}

	/** The same call with another signData, signed again with the same keys. */
	PaymentCall resigned(String newSignData, Secret appKey, Secret sessionKey) {
		return new PaymentCall(this.method, this.appId, this.userId, newSignData,
				Signatures.paySig(appKey, this.method, newSignData), Signatures.signature(sessionKey, newSignData),
				this.mode);
	}

	PaymentCall withSignData(String signData) {
		return new PaymentCall(this.method, this.appId, this.userId, signData, this.paySig, this.signature, this.mode);
	}

	PaymentCall withPaySig(String paySig) {
		return new PaymentCall(this.method, this.appId, this.userId, this.signData, paySig, this.signature, this.mode);
	}

	PaymentCall withSignature(String signature) {
		return new PaymentCall(this.method, this.appId, this.userId, this.signData, this.paySig, signature, this.mode);
	}

	PaymentCall withMode(String mode) {
		return new PaymentCall(this.method, this.appId, this.userId, this.signData, this.paySig, this.signature, mode);
	}

	PaymentCall withMethod(PayMethod method) {
		return new PaymentCall(method, this.appId, this.userId, this.signData, this.paySig, this.signature, this.mode);
	}

	PaymentCall withAppId(String appId) {
		return new PaymentCall(this.method, appId, this.userId, this.signData, this.paySig, this.signature, this.mode);
	}

	String outTradeNo() {
		return MockHttp.JSON.readTree(this.signData).get("outTradeNo").stringValue();
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
