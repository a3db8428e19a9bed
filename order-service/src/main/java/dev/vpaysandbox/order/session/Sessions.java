package dev.vpaysandbox.order.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves session tokens to users, and users to the session_key the platform holds for
 * them now (that of their newest login, since a new login replaces it).
 */
@Component
public class Sessions {

	private static final String BEARER = "bearer ";

	private static final int MAX_TOKEN_LENGTH = 128;

	/** How many resolved tokens are remembered; older ones are looked up again. */
	private static final int REMEMBERED_TOKENS = 10_000;

	private final UserSessionRepository repository;

	private final Clock clock;

	/**
	 * Resolved tokens by their hash. A session row never changes once written and is only
	 * deleted after it expired, so a remembered one stays right until its own expiry,
	 * which is checked on every use.
	 */
	private final Cache<String, Resolved> resolved = Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS).build();

	Sessions(UserSessionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The user an {@code Authorization} header names.
	 * @throws dev.vpaysandbox.web.ProblemException 401 when the header is missing, or the
	 * token unknown or expired
	 */
	public AuthenticatedUser authenticate(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new SessionRequiredException("send Authorization: Bearer <token> from POST /api/login");
		}
		if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
			throw new SessionRequiredException("the Authorization header must use the Bearer scheme");
		}
		String token = authorization.substring(BEARER.length()).trim();
		if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			throw new SessionRequiredException("the session token is malformed");
		}
		String hash = SessionTokens.hash(token);
		Resolved session = this.resolved.getIfPresent(hash);
		if (session == null) {
			session = this.repository.findByTokenHash(hash)
				.map((found) -> new Resolved(new AuthenticatedUser(found.appId(), found.openid()), found.expiresAt()))
				.orElseThrow(() -> unknownOrExpired());
			this.resolved.put(hash, session);
		}
		if (!this.clock.instant().isBefore(session.expiresAt())) {
			this.resolved.invalidate(hash);
			throw unknownOrExpired();
		}
		return session.user();
	}

	private static SessionRequiredException unknownOrExpired() {
		return new SessionRequiredException("the session token is unknown or expired; log in again");
	}

	/**
	 * The session_key of the user's newest login, which signs their orders; looked up
	 * each time, since any login replaces it.
	 */
	@Transactional(readOnly = true)
	public Secret currentSessionKey(AuthenticatedUser user) {
		return this.repository.findFirstByAppIdAndOpenidOrderByIdDesc(user.appId(), user.openid())
			.map((session) -> Secret.of(session.sessionKey()))
			.orElseThrow(() -> new IllegalStateException("an authenticated user has no session"));
	}

	/**
	 * A session token resolved to its user.
	 *
	 * @param user the user
	 * @param expiresAt when the session expires
	 */
	private record Resolved(AuthenticatedUser user, Instant expiresAt) {
	}

}
