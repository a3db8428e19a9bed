package dev.vpaysandbox.signing.diagnosis;

/**
 * The four signatures (docs/protocol.md#signatures), by the name the protocol gives them.
 */
public enum Check {

	/** {@code paySig}: appKey over {@code method + "&" + signData}. */
	PAY_SIG("paySig"),

	/** {@code signature}: session_key over signData. */
	SIGNATURE("signature"),

	/** Server-API {@code pay_sig}: appKey over {@code uri + "&" + body}. */
	PAY_API_SIG("pay_sig"),

	/** {@code PayEventSig}: appKey over {@code Event + "&" + Payload}. */
	PAY_EVENT_SIG("PayEventSig");

	private final String protocolName;

	Check(String protocolName) {
		this.protocolName = protocolName;
	}

	/** The field name the protocol uses for this signature. */
	public String protocolName() {
		return this.protocolName;
	}

}
