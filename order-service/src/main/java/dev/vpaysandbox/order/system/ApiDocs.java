package dev.vpaysandbox.order.system;

/** Names shared by the OpenAPI annotations of every feature. */
public final class ApiDocs {

	/** The security scheme of endpoints that need a session token. */
	public static final String SESSION_SCHEME = "session";

	private ApiDocs() {
	}

}
