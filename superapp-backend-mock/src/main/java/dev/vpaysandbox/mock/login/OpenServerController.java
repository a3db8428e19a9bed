package dev.vpaysandbox.mock.login;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenServer endpoints (docs/protocol.md#login-wxlogin-and-code2session). Like the
 * real platform they always answer HTTP 200 and put the outcome in {@code errcode}; a
 * missing parameter gets the code of that parameter.
 */
@RestController
@Tag(name = "protocol: OpenServer")
class OpenServerController {

	private final Logins logins;

	private final AccessTokens tokens;

	OpenServerController(Logins logins, AccessTokens tokens) {
		this.logins = logins;
		this.tokens = tokens;
	}

	@GetMapping("/openserver/sns/jscode2session")
	@Operation(summary = "Exchange a login code for openid, session_key and unionid "
			+ "(40013 appid, 40125 secret, 40029 js_code, 40002 grant_type)")
	ResponseEntity<OpenServerAnswer> jscode2session(@RequestParam(required = false) String appid,
			@RequestParam(required = false) String secret,
			@RequestParam(name = "js_code", required = false) String jsCode,
			@RequestParam(name = "grant_type", required = false) String grantType) {
		Logins.Code2Session result = this.logins.code2session(appid, secret, jsCode, grantType);
		if (result instanceof Logins.Code2Session.Opened opened) {
			return answer(new OpenServerAnswer.Session(opened, requestId()));
		}
		return answer(new OpenServerAnswer.Refused(((Logins.Code2Session.Refused) result).refusal(), requestId()));
	}

	@GetMapping("/openserver/cgi-bin/token")
	@Operation(summary = "Get an access_token for the merchant APIs (expires_in 7200)")
	ResponseEntity<OpenServerAnswer> token(@RequestParam(required = false) String appid,
			@RequestParam(required = false) String secret,
			@RequestParam(name = "grant_type", required = false) String grantType) {
		AccessTokens.Grant grant = this.tokens.grant(appid, secret, grantType);
		if (grant instanceof AccessTokens.Grant.Issued issued) {
			return answer(new OpenServerAnswer.Token(issued, requestId()));
		}
		return answer(new OpenServerAnswer.Refused(((AccessTokens.Grant.Refused) grant).refusal(), requestId()));
	}

	private static String requestId() {
		return UUID.randomUUID().toString();
	}

	private static ResponseEntity<OpenServerAnswer> answer(OpenServerAnswer body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

}
