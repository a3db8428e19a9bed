package dev.vpaysandbox.mock.login;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Control API: the users who logged in to an app and their sessions (never the keys). */
@RestController
@Tag(name = "sandbox: users")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class UserController {

	private static final int SESSIONS_SHOWN = 20;

	private final Apps apps;

	private final Logins logins;

	UserController(Apps apps, Logins logins) {
		this.apps = apps;
		this.logins = logins;
	}

	@GetMapping("/sandbox/apps/{appId}/users")
	@Operation(summary = "The users who logged in to an app, most recent first")
	List<UserSummary> users(@PathVariable String appId) {
		requireApp(appId);
		return this.logins.users(appId);
	}

	@GetMapping("/sandbox/apps/{appId}/users/{userId}")
	@Operation(summary = "A user with the newest sessions (the first is current)")
	UserView user(@PathVariable String appId, @PathVariable String userId) {
		requireApp(appId);
		List<Logins.SessionSummary> sessions = this.logins.sessions(appId, userId, SESSIONS_SHOWN);
		if (sessions.isEmpty()) {
			throw Problems.notFound("user " + userId + " never logged in to app " + appId);
		}
		return new UserView(userId, sessions.get(0).openid(), sessions.get(0).createdAt(), sessions);
	}

	private void requireApp(String appId) {
		this.apps.find(appId).orElseThrow(() -> Problems.notFound("no app " + appId));
	}

	/**
	 * A user and their sessions.
	 *
	 * @param userId the user
	 * @param openid the openid in the app
	 * @param lastLoginAt when the current session opened
	 * @param sessions the newest sessions, current first
	 */
	record UserView(String userId, String openid, Instant lastLoginAt, List<Logins.SessionSummary> sessions) {
	}

}
