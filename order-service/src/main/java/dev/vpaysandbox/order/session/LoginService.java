package dev.vpaysandbox.order.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.platform.OpenServerClient;
import dev.vpaysandbox.order.platform.OpenServerClient.Code2SessionResult;
import dev.vpaysandbox.order.platform.PlatformSession;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.order.system.PlatformUnavailableException;

import org.springframework.stereotype.Service;

/**
 * Logs a user in: exchanges the front end's code through code2session, keeps openid and
 * session_key server-side, and hands out an opaque token that expires. Logins of one app
 * run one at a time, so that the newest stored session is the one the platform issued
 * last, however the answers of parallel logins would have been ordered.
 */
@Service
class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final MerchantApps apps;

	private final OpenServerClient openServer;

	private final UserSessionRepository repository;

	private final Clock clock;

	private final Duration ttl;

	/**
	 * One login at a time per app. A user's logins cannot be told apart before
	 * code2session names the user, so the lock is the app's; it is held for one
	 * code2session call and one insert.
	 */
	private final Map<String, Lock> logins = new ConcurrentHashMap<>();

	/** How long a login waits for the app's lock: one platform call at its slowest. */
	private final Duration lockWait;

	LoginService(MerchantApps apps, OpenServerClient openServer, UserSessionRepository repository, Clock clock,
			OrderServiceProperties properties) {
		this.apps = apps;
		this.openServer = openServer;
		this.repository = repository;
		this.clock = clock;
		this.ttl = properties.sessions().ttl();
		this.lockWait = properties.platform().connectTimeout().plus(properties.platform().readTimeout());
	}

	LoginResult login(String appId, String code) {
		MerchantApp app = this.apps.resolve(appId);
		Lock lock = this.logins.computeIfAbsent(app.appId(), (id) -> new ReentrantLock(true));
		if (!acquire(lock)) {
			throw new PlatformUnavailableException("too many logins of app " + app.appId() + " at once; try again");
		}
		try {
			return loginAlone(app, code);
		}
		finally {
			lock.unlock();
		}
	}

	private boolean acquire(Lock lock) {
		try {
			return lock.tryLock(this.lockWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * code2session and storing its session, with no other login of the app in between:
	 * the platform issues sessions in the order it answers code2session, so the row
	 * stored last holds the session_key it issued last, which is the only one it accepts.
	 */
	private LoginResult loginAlone(MerchantApp app, String code) {
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
