package dev.vpaysandbox.order.platform;

/**
 * The platform answered a protocol call with a non-zero {@code errcode}.
 *
 * @param errcode the protocol's error code, e.g. 40029 invalid js_code
 * @param errmsg the platform's message
 */
public record PlatformError(int errcode, String errmsg) {

	/** 40001: invalid access_token. */
	public static final int INVALID_ACCESS_TOKEN = 40001;

	/** 42001: expired access_token. */
	public static final int EXPIRED_ACCESS_TOKEN = 42001;

	/** 268490002: no such order, or a bad parameter. */
	public static final int NO_SUCH_ORDER = 268490002;

	/** 268490003: pay_sig or signature error. */
	public static final int SIGNATURE_ERROR = 268490003;

	/** 268490004: repeated operation. */
	public static final int REPEATED = 268490004;

	/** Whether a fresh access_token may cure this error. */
	boolean isAccessTokenError() {
		return this.errcode == INVALID_ACCESS_TOKEN || this.errcode == EXPIRED_ACCESS_TOKEN;
	}

}
