package dev.vpaysandbox.order.session;

import java.time.Clock;
import java.util.Locale;

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

	private final UserSessionRepository repository;

	private final Clock clock;

	Sessions(UserSessionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The user an {@code Authorization} header names.
	 * @throws dev.vpaysandbox.order.system.ApiProblem 401 when the header is missing, or
	 * the token unknown or expired
	 */
	@Transactional(readOnly = true)
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
		UserSession session = this.repository.findByTokenHash(SessionTokens.hash(token))
			.filter((found) -> !found.isExpiredAt(this.clock.instant()))
			.orElseThrow(() -> new SessionRequiredException("the session token is unknown or expired; log in again"));
		return new AuthenticatedUser(session.appId(), session.openid());
	}

	/** The session_key of the user's newest login, which signs their orders. */
	@Transactional(readOnly = true)
	public Secret currentSessionKey(AuthenticatedUser user) {
		return this.repository.findFirstByAppIdAndOpenidOrderByIdDesc(user.appId(), user.openid())
			.map((session) -> Secret.of(session.sessionKey()))
			.orElseThrow(() -> new IllegalStateException("an authenticated user has no session"));
	}

}
