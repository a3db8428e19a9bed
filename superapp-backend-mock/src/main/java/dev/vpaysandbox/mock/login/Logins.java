package dev.vpaysandbox.mock.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.SecureRandoms;
import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins: the host app issues single-use codes ({@code wx.login}); code2session exchanges
 * one for a new session_key, which replaces the user's previous one.
 */
@Service
public class Logins {

	private static final Logger log = LoggerFactory.getLogger(Logins.class);

	/** How many earlier sessions a signature diagnosis tries for a stale session. */
	private static final int EARLIER_SESSIONS_TRIED = 5;

	private final LoginCodeRepository codes;

	private final UserSessionRepository sessions;

	private final AppCredentials credentials;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration codeTtl;

	Logins(LoginCodeRepository codes, UserSessionRepository sessions, AppCredentials credentials,
			TransactionTemplate transaction, Clock clock, MockProperties properties) {
		this.codes = codes;
		this.sessions = sessions;
		this.credentials = credentials;
		this.transaction = transaction;
		this.clock = clock;
		this.codeTtl = properties.loginCodeTtl();
	}

	/** Issues a code for a user of a known app, valid once within the code TTL. */
	@Transactional
	public String issueCode(String appId, String userId) {
		String code = SecureRandoms.urlSafe(24);
		this.codes.save(new LoginCode(code, appId, userId, this.clock.instant()));
		log.atInfo().addKeyValue("appId", appId).addKeyValue("userId", userId).log("login code issued");
		return code;
	}

	/**
	 * {@code jscode2session}: checks appid, secret and grant_type, then consumes the code
	 * and opens a session whose session_key replaces the user's previous one.
	 */
	public Code2Session code2session(String appid, String secret, String jsCode, String grantType) {
		Optional<OpenServerRefusal> refusal = this.credentials.check(appid, secret, grantType, "authorization_code");
		if (refusal.isPresent()) {
			return new Code2Session.Refused(refusal.get());
		}
		if (jsCode == null || jsCode.isBlank() || jsCode.length() > 64) {
			return new Code2Session.Refused(OpenServerRefusal.INVALID_CODE);
		}
		Code2Session result = this.transaction.execute((status) -> open(appid, jsCode));
		if (result instanceof Code2Session.Opened opened) {
			log.atInfo().addKeyValue("appId", appid).addKeyValue("openid", opened.openid()).log("session opened");
		}
		return result;
	}

	private Code2Session open(String appId, String code) {
		Instant now = this.clock.instant();
		if (this.codes.consume(code, appId, now, now.minus(this.codeTtl)) != 1) {
			return new Code2Session.Refused(OpenServerRefusal.INVALID_CODE);
		}
		String userId = this.codes.findById(code).orElseThrow().userId();
		UserSession session = this.sessions
			.saveAndFlush(new UserSession(appId, userId, SecureRandoms.base64(16), code, now));
		return new Code2Session.Opened(session.openid(), session.sessionKey(), session.unionid());
	}

	/** The user's current session_key and openid, with a few earlier keys. */
	@Transactional(readOnly = true)
	public Optional<UserKeys> keysOf(String appId, String userId) {
		List<UserSession> newest = this.sessions.findByAppIdAndUserIdOrderByCreatedAtDescIdDesc(appId, userId,
				Limit.of(EARLIER_SESSIONS_TRIED + 1));
		if (newest.isEmpty()) {
			return Optional.empty();
		}
		List<Secret> earlier = newest.stream().skip(1).map((session) -> Secret.of(session.sessionKey())).toList();
		UserSession current = newest.get(0);
		return Optional.of(new UserKeys(current.openid(), Secret.of(current.sessionKey()), earlier));
	}

	/** Every user who logged in to an app, most recent first. */
	@Transactional(readOnly = true)
	public List<UserSummary> users(String appId) {
		return this.sessions.summarize(appId);
	}

	/** A user's sessions, newest (current) first, without their keys. */
	@Transactional(readOnly = true)
	public List<SessionSummary> sessions(String appId, String userId, int limit) {
		List<UserSession> newest = this.sessions.findByAppIdAndUserIdOrderByCreatedAtDescIdDesc(appId, userId,
				Limit.of(limit));
		return newest.stream()
			.map((session) -> new SessionSummary(session.openid(), session.createdAt(), session == newest.get(0)))
			.toList();
	}

	/** The outcome of code2session. */
	public sealed interface Code2Session {

		/**
		 * A session was opened.
		 *
		 * @param openid the user's openid in the app
		 * @param sessionKey the new session_key
		 * @param unionid the user's unionid
		 */
		record Opened(String openid, String sessionKey, String unionid) implements Code2Session {

			@Override
			public String toString() {
				return "Opened[" + this.openid + "]";
			}

		}

		/**
		 * The call was refused.
		 *
		 * @param refusal the error answer
		 */
		record Refused(OpenServerRefusal refusal) implements Code2Session {
		}

	}

	/**
	 * A user's keys in an app, as the pre-order check needs them.
	 *
	 * @param openid the openid
	 * @param current the current session_key
	 * @param earlier earlier session_keys, newest first (a diagnosis uses them)
	 */
	public record UserKeys(String openid, Secret current, List<Secret> earlier) {
	}

	/**
	 * One session, without its key.
	 *
	 * @param openid the openid
	 * @param createdAt when code2session opened it
	 * @param current whether it is the user's current session
	 */
	public record SessionSummary(String openid, Instant createdAt, boolean current) {
	}

}
