package dev.vpaysandbox.order.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.stereotype.Component;

/**
 * A Caffeine cache of each app's access_token from {@code /openserver/cgi-bin/token}:
 * reused until shortly before it expires (by the app's {@link Clock}), dropped when a
 * call reports it invalid or expired, and fetched once however many requests need it at
 * the same moment (single flight: the others wait for that fetch).
 */
@Component
class AccessTokens {

	/** Fetch a new token this long before the old one expires. */
	private static final Duration MARGIN = Duration.ofMinutes(5);

	private final PlatformHttp http;

	private final Clock clock;

	private final Cache<String, Token> tokens;

	AccessTokens(PlatformHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
		this.tokens = Caffeine.newBuilder()
			.ticker(ticker(clock))
			.expireAfter(Expiry
				.<String, Token>creating((appId, token) -> Duration.between(clock.instant(), token.refreshAt())))
			.build();
	}

	/** A valid token of the app, fetched when none is cached or it is about to expire. */
	Secret get(MerchantApp app) {
		return this.tokens.get(app.appId(), (appId) -> fetch(app)).value();
	}

	/** Forgets a token the platform called invalid or expired. */
	void invalidate(MerchantApp app, Secret token) {
		this.tokens.asMap().computeIfPresent(app.appId(), (id, cached) -> cached.value().equals(token) ? null : cached);
	}

	private Token fetch(MerchantApp app) {
		Instant now = this.clock.instant();
		PlatformHttp.Answer answer = this.http.get(
				"/openserver/cgi-bin/token?appid={appid}&secret={secret}&grant_type=client_credential",
				Map.of("appid", app.appId(), "secret", app.secret().reveal()));
		String token = answer.text("access_token");
		if (answer.errcode() != 0 || token == null || token.isEmpty()) {
			throw new PlatformCallException("access token", new PlatformError(answer.errcode(), answer.errmsg()));
		}
		long expiresIn = answer.body().path("expires_in").asLong(7200);
		if (expiresIn <= 0) {
			throw new PlatformUnavailableException("the platform answered an access_token that never lives");
		}
		Duration lifetime = Duration.ofSeconds(expiresIn);
		Duration margin = (lifetime.compareTo(MARGIN.multipliedBy(2)) > 0) ? MARGIN : lifetime.dividedBy(2);
		return new Token(Secret.of(token), now.plus(lifetime).minus(margin));
	}

	/** Caffeine's time, read from the app's clock, so tests move it. */
	private static Ticker ticker(Clock clock) {
		return () -> {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		};
	}

	private record Token(Secret value, Instant refreshAt) {
	}

}
