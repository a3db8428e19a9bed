package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

/** The host app's users: login codes ({@code wx.login}) and who logged in. */
public final class Users {

	private static final TypeReference<List<UserSummary>> LIST = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Users(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * A single-use login code for a user of an app, valid five minutes of the sandbox's
	 * clock: the host app's half of {@code wx.login} ({@code POST /sandbox/wx/login}).
	 * @throws SandboxProblemException 404 for an unknown app, 400 for an invalid userId
	 */
	public String loginCode(String appId, String userId) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("appId", appId);
		body.put("userId", userId);
		Answer answer = SandboxHttp.expectSuccess(this.http.open("POST", "/sandbox/wx/login", body, Map.of()));
		return SandboxHttp.read(answer, LoginCode.class).code();
	}

	/** The users who logged in to an app, most recent first. */
	public List<UserSummary> list(String appId) {
		return SandboxHttp.read(this.http.admin("GET", path(appId), null), LIST);
	}

	/**
	 * A user with the newest sessions.
	 * @throws SandboxProblemException 404 if the user never logged in to the app
	 */
	public UserDetail get(String appId, String userId) {
		return SandboxHttp.read(this.http.admin("GET", path(appId) + "/" + SandboxHttp.segment(userId), null),
				UserDetail.class);
	}

	private static String path(String appId) {
		return "/sandbox/apps/" + SandboxHttp.segment(appId) + "/users";
	}

	private record LoginCode(String code) {
	}

}
