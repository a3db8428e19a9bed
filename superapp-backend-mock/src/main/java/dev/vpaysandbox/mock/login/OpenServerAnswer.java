package dev.vpaysandbox.mock.login;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the OpenServer endpoints answer, always with HTTP 200 and the outcome in
 * {@code errcode}, each with its own {@code requestId}. Field names as the protocol
 * spells them; {@code toString()} never shows a session_key or an access_token.
 */
sealed interface OpenServerAnswer {

	/**
	 * code2session's success.
	 *
	 * @param errcode 0
	 * @param errmsg {@code ok}
	 * @param openid the user in the app
	 * @param sessionKey the session_key of this login
	 * @param unionid the user across the developer's apps
	 * @param requestId this answer's id
	 */
	record Session(int errcode, String errmsg, String openid, @JsonProperty("session_key") String sessionKey,
			String unionid, String requestId) implements OpenServerAnswer {

		Session(Logins.Code2Session.Opened opened, String requestId) {
			this(0, "ok", opened.openid(), opened.sessionKey(), opened.unionid(), requestId);
		}

		@Override
		public String toString() {
			return "Session[openid=" + this.openid + ", requestId=" + this.requestId + "]";
		}

	}

	/**
	 * cgi-bin/token's success.
	 *
	 * @param errcode 0
	 * @param errmsg {@code ok}
	 * @param accessToken the token
	 * @param expiresIn seconds until it expires
	 * @param requestId this answer's id
	 */
	record Token(int errcode, String errmsg, @JsonProperty("access_token") String accessToken,
			@JsonProperty("expires_in") long expiresIn, String requestId) implements OpenServerAnswer {

		Token(AccessTokens.Grant.Issued issued, String requestId) {
			this(0, "ok", issued.accessToken(), issued.expiresIn(), requestId);
		}

		@Override
		public String toString() {
			return "Token[expiresIn=" + this.expiresIn + ", requestId=" + this.requestId + "]";
		}

	}

	/**
	 * A refusal.
	 *
	 * @param errcode the code of the parameter at fault
	 * @param errmsg why
	 * @param requestId this answer's id
	 */
	record Refused(int errcode, String errmsg, String requestId) implements OpenServerAnswer {

		Refused(OpenServerRefusal refusal, String requestId) {
			this(refusal.errcode(), refusal.errmsg(), requestId);
		}

	}

}
