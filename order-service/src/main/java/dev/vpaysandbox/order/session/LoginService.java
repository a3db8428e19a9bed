package dev.vpaysandbox.order.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.platform.OpenServerClient;
import dev.vpaysandbox.order.platform.OpenServerClient.Code2SessionResult;
import dev.vpaysandbox.order.platform.PlatformSession;
import dev.vpaysandbox.order.system.OrderServiceProperties;

import org.springframework.stereotype.Service;

/**
 * Logs a user in: exchanges the front end's code through code2session, keeps openid and
 * session_key server-side, and hands out an opaque token that expires.
 */
@Service
class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final MerchantApps apps;

	private final OpenServerClient openServer;

	private final UserSessionRepository repository;

	private final Clock clock;

	private final Duration ttl;

	LoginService(MerchantApps apps, OpenServerClient openServer, UserSessionRepository repository, Clock clock,
			OrderServiceProperties properties) {
		this.apps = apps;
		this.openServer = openServer;
		this.repository = repository;
		this.clock = clock;
		this.ttl = properties.sessions().ttl();
	}

	LoginResult login(String appId, String code) {
		MerchantApp app = this.apps.resolve(appId);
		Code2SessionResult result = this.openServer.code2session(app, code);
		if (result instanceof Code2SessionResult.Rejected rejected) {
			log.atInfo()
				.addKeyValue("appId", app.appId())
				.addKeyValue("errcode", rejected.error().errcode())
				.log("Login refused by code2session");
			throw LoginRejectedException.of(app.appId(), rejected.error());
		}
		PlatformSession session = ((Code2SessionResult.Session) result).session();
		String token = SessionTokens.newToken();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.ttl);
		this.repository.save(new UserSession(SessionTokens.hash(token), app.appId(), session.openid(),
				session.sessionKey().reveal(), now, expiresAt));
		log.atInfo().addKeyValue("appId", app.appId()).log("User logged in");
		return new LoginResult(token, session.openid(), expiresAt);
	}

	/**
	 * What a login hands the front end: never the session_key.
	 *
	 * @param token the opaque bearer token
	 * @param openid the user's id within the app
	 * @param expiresAt when the token stops working
	 */
	record LoginResult(String token, String openid, Instant expiresAt) {
	}

}
