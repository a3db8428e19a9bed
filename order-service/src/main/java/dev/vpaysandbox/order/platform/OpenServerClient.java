package dev.vpaysandbox.order.platform;

import java.util.Map;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.stereotype.Component;

/** The platform's login API: {@code GET /openserver/sns/jscode2session}. */
@Component
public class OpenServerClient {

	private final PlatformHttp http;

	OpenServerClient(PlatformHttp http) {
		this.http = http;
	}

	/**
	 * Exchanges a login code for the user's openid and session_key.
	 * @return the session, or the platform's error (e.g. 40029 for a bad or used code)
	 * @throws PlatformUnavailableException when the platform cannot be asked
	 */
	public Code2SessionResult code2session(MerchantApp app, String code) {
		PlatformHttp.Answer answer = this.http.get(
				"/openserver/sns/jscode2session?appid={appid}&secret={secret}&js_code={code}"
						+ "&grant_type=authorization_code",
				Map.of("appid", app.appId(), "secret", app.secret().reveal(), "code", code));
		if (answer.errcode() != 0) {
			return new Code2SessionResult.Rejected(new PlatformError(answer.errcode(), answer.errmsg()));
		}
		String openid = answer.text("openid");
		String sessionKey = answer.text("session_key");
		if (openid == null || openid.isEmpty() || sessionKey == null || sessionKey.isEmpty()) {
			throw new PlatformUnavailableException("code2session answered without openid or session_key");
		}
		return new Code2SessionResult.Session(
				new PlatformSession(openid, Secret.of(sessionKey), answer.text("unionid")));
	}

	/** What code2session answered: a session, or a protocol error. */
	public sealed interface Code2SessionResult {

		/**
		 * The code was good.
		 *
		 * @param session the user's session
		 */
		record Session(PlatformSession session) implements Code2SessionResult {
		}

		/**
		 * The platform refused.
		 *
		 * @param error its error code and message
		 */
		record Rejected(PlatformError error) implements Code2SessionResult {
		}

	}

}
