package dev.vpaysandbox.mock.system;

/** Names shared by the admin-token filter and the OpenAPI annotations of admin calls. */
public final class AdminToken {

	/**
	 * The OpenAPI security scheme of admin calls: {@code Authorization: Bearer <token>}.
	 */
	public static final String SECURITY_SCHEME = "adminToken";

	private AdminToken() {
	}

}
