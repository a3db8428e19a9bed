package dev.vpaysandbox.signing.signdata;

/**
 * The protocol error codes a signData rule maps to, in the order the pre-order check
 * reports them (docs/protocol.md#the-pre-order-check).
 */
public enum ViolationCode {

	/** -15011: signData is not a string holding one JSON object. */
	NOT_A_JSON_OBJECT(-15011),

	/** -15001: a required field is absent. */
	MISSING_FIELD(-15001),

	/** -15002: a field has the wrong type or an invalid value, or is unknown. */
	INVALID_FIELD(-15002);

	private final int errCode;

	ViolationCode(int errCode) {
		this.errCode = errCode;
	}

	/** The {@code errCode} the pre-order check answers with. */
	public int errCode() {
		return this.errCode;
	}

}
