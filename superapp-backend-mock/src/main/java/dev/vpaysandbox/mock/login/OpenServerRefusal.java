package dev.vpaysandbox.mock.login;

/**
 * An OpenServer error answer
 * (docs/protocol.md#openserver-and-merchant-server-apis-errcode): {@code errcode} and
 * {@code errmsg}.
 *
 * @param errcode the code
 * @param errmsg the message
 */
record OpenServerRefusal(int errcode, String errmsg) {

	static final OpenServerRefusal INVALID_APPID = new OpenServerRefusal(40013, "invalid appid");

	static final OpenServerRefusal INVALID_SECRET = new OpenServerRefusal(40125, "invalid appsecret");

	static final OpenServerRefusal INVALID_GRANT_TYPE = new OpenServerRefusal(40002, "invalid grant_type");

	static final OpenServerRefusal INVALID_CODE = new OpenServerRefusal(40029, "invalid js_code");

}
