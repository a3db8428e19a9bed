package dev.vpaysandbox.mock.merchant;

/**
 * The errcodes of the merchant server APIs
 * (docs/protocol.md#openserver-and-merchant-server-apis-errcode).
 */
final class XpayCodes {

	static final int INVALID_TOKEN = 40001;

	static final int EXPIRED_TOKEN = 42001;

	static final int BAD_PARAMETER = 268490002;

	static final int SIGNATURE_ERROR = 268490003;

	static final int REPEATED = 268490004;

	static final int AMOUNT_TOO_LARGE = 268490006;

	/** Another request changed the order at the same moment: retry. */
	static final int SYSTEM_BUSY = -1;

	private XpayCodes() {
	}

}
