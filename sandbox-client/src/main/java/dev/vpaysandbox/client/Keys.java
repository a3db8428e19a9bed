package dev.vpaysandbox.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * appKeys: the key exchange an app's backend calls with its appSecret, and the admin's
 * view and rotation of an app's key versions.
 */
public final class Keys {

	private static final TypeReference<List<KeyVersion>> VERSIONS = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Keys(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * The current appKey of an app's env, as its backend gets it
	 * ({@code POST /sandbox/keys/exchange}, no admin token).
	 * @throws SandboxProblemException 401 {@code invalid-app-credentials} for an unknown
	 * appId or a wrong appSecret
	 */
	public ExchangedKey exchange(String appId, String appSecret, Env env) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appId", appId);
		body.put("appSecret", appSecret);
		body.put("env", env.code());
		Answer answer = SandboxHttp.expectSuccess(this.http.open("POST", "/sandbox/keys/exchange", body, Map.of()));
		return SandboxHttp.read(answer, ExchangedKey.Wire.class).toKey();
	}

	/**
	 * Makes a new appKey current for an env; the old one stays accepted for {@code grace}
	 * (zero revokes it at once).
	 */
	public KeyRotation rotate(String appId, Env env, Duration grace) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("env", env.code());
		body.put("graceSeconds", grace.toSeconds());
		return rotate(appId, body);
	}

	/** Rotates with the sandbox's default grace window (24 h). */
	public KeyRotation rotate(String appId, Env env) {
		return rotate(appId, Map.of("env", env.code()));
	}

	/** Every key version of an app, without the keys. */
	public List<KeyVersion> versions(String appId) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/apps/" + SandboxHttp.segment(appId) + "/keys", null),
				VERSIONS);
	}

	private KeyRotation rotate(String appId, Map<String, Object> body) {
		return SandboxHttp.read(
				this.http.admin("POST", "/sandbox/apps/" + SandboxHttp.segment(appId) + "/keys/rotate", body),
				KeyRotation.class);
	}

}
