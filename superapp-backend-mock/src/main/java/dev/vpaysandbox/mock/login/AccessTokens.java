package dev.vpaysandbox.mock.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.SecureRandoms;
import dev.vpaysandbox.signing.signature.Sha256;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * access_tokens of app backends: opaque, valid for {@code vpay.mock.access-token-ttl}; a
 * new one does not revoke unexpired ones.
 */
@Service
public class AccessTokens {

	private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

	private final AccessTokenRepository tokens;

	private final AppCredentials credentials;

	private final Clock clock;

	private final Duration ttl;

	AccessTokens(AccessTokenRepository tokens, AppCredentials credentials, Clock clock, MockProperties properties) {
		this.tokens = tokens;
		this.credentials = credentials;
		this.clock = clock;
		this.ttl = properties.accessTokenTtl();
	}

	/**
	 * {@code cgi-bin/token}: checks appid, secret and grant_type, then issues a token.
	 */
	@Transactional
	public Grant grant(String appid, String secret, String grantType) {
		Optional<OpenServerRefusal> refusal = this.credentials.check(appid, secret, grantType, "client_credential");
		if (refusal.isPresent()) {
			return new Grant.Refused(refusal.get());
		}
		String token = SecureRandoms.urlSafe(32);
		Instant now = this.clock.instant();
		this.tokens.save(new AccessToken(Sha256.hex(token), appid, now, now.plus(this.ttl)));
		log.atInfo().addKeyValue("appId", appid).log("access_token issued");
		return new Grant.Issued(token, this.ttl.toSeconds());
	}

	/** Which app a presented token belongs to, or why it is refused. */
	@Transactional(readOnly = true)
	public Check check(String token) {
		if (token == null || token.isBlank() || token.length() > 256) {
			return new Check.Invalid();
		}
		Optional<AccessToken> found = this.tokens.findById(Sha256.hex(token));
		if (found.isEmpty()) {
			return new Check.Invalid();
		}
		return found.get().expiredAt(this.clock.instant()) ? new Check.Expired() : new Check.Valid(found.get().appId());
	}

	/** The outcome of asking for a token. */
	public sealed interface Grant {

		/**
		 * A token was issued.
		 *
		 * @param accessToken the token
		 * @param expiresIn seconds until it expires
		 */
		record Issued(String accessToken, long expiresIn) implements Grant {

			@Override
			public String toString() {
				return "Issued[expiresIn=" + this.expiresIn + "]";
			}

		}

		/**
		 * The call was refused.
		 *
		 * @param refusal the error answer
		 */
		record Refused(OpenServerRefusal refusal) implements Grant {
		}

	}

	/** What a presented token is worth. */
	public sealed interface Check {

		/**
		 * A valid token of an app.
		 *
		 * @param appId the app
		 */
		record Valid(String appId) implements Check {
		}

		/** Unknown token: 40001. */
		record Invalid() implements Check {
		}

		/** Expired token: 42001. */
		record Expired() implements Check {
		}

	}

}
