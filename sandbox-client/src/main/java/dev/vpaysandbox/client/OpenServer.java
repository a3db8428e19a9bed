package dev.vpaysandbox.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * The OpenServer calls a merchant backend makes, for tests that play one: code2session
 * and the access_token. Refusals are the protocol's {@code errcode}s, thrown as
 * {@link ProtocolErrorException}.
 */
public final class OpenServer {

	private final SandboxHttp http;

	OpenServer(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * Exchanges a login code for the user's openid and session_key
	 * ({@code GET /openserver/sns/jscode2session}).
	 * @throws ProtocolErrorException 40013 unknown appid, 40125 wrong secret, 40029 the
	 * code is unknown, used, expired or another app's
	 */
	public Code2Session code2session(String appId, String appSecret, String code) {
		JsonNode answer = call("/openserver/sns/jscode2session?appid=" + SandboxHttp.segment(appId) + "&secret="
				+ SandboxHttp.segment(appSecret) + "&js_code=" + SandboxHttp.segment(code)
				+ "&grant_type=authorization_code");
		return new Code2Session(answer.path("openid").asString(), Secret.of(answer.path("session_key").asString()),
				answer.path("unionid").asString());
	}

	/**
	 * An access_token for the merchant APIs ({@code GET /openserver/cgi-bin/token}),
	 * valid {@code expires_in} seconds of the sandbox's clock.
	 * @throws ProtocolErrorException 40013 unknown appid, 40125 wrong secret
	 */
	public AccessToken accessToken(String appId, String appSecret) {
		JsonNode answer = call("/openserver/cgi-bin/token?appid=" + SandboxHttp.segment(appId) + "&secret="
				+ SandboxHttp.segment(appSecret) + "&grant_type=client_credential");
		return new AccessToken(Secret.of(answer.path("access_token").asString()), answer.path("expires_in").asLong());
	}

	private JsonNode call(String pathAndQuery) {
		Answer answer = SandboxHttp.expectSuccess(this.http.open("GET", pathAndQuery, null, Map.of()));
		JsonNode json = SandboxHttp.tree(answer);
		if (json == null || !json.has("errcode")) {
			throw SandboxProblemException.unreadable(answer, null);
		}
		if (json.path("errcode").asInt() != 0) {
			throw new ProtocolErrorException(answer.call(), json.path("errcode").asInt(),
					json.path("errmsg").asString());
		}
		return json;
	}

	/**
	 * An access_token.
	 *
	 * @param token the token, which never prints itself
	 * @param expiresIn its lifetime in seconds (7200)
	 */
	public record AccessToken(Secret token, long expiresIn) {
	}

}
