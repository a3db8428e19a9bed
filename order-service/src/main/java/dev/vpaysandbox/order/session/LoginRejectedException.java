package dev.vpaysandbox.order.session;

import dev.vpaysandbox.order.platform.PlatformError;
import dev.vpaysandbox.web.ProblemException;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;

/**
 * code2session refused a login. A bad, used or stale code is the caller's fault (400);
 * any other code means this backend's configuration is wrong (502). Both name the
 * platform's error code.
 */
class LoginRejectedException extends ProblemException {

	private static final int INVALID_CODE = 40029;

	private LoginRejectedException(HttpStatus status, String slug, String title, String detail, PlatformError error) {
		super(Problems.of(status, slug, title, detail));
		getBody().setProperty("platformErrcode", error.errcode());
	}

	static LoginRejectedException of(String appId, PlatformError error) {
		if (error.errcode() == INVALID_CODE) {
			return new LoginRejectedException(HttpStatus.BAD_REQUEST, "invalid-login-code", "Invalid login code",
					"the platform refused the login code (errcode 40029: unknown, already used or older than 5 "
							+ "minutes); get a new one from wx.login",
					error);
		}
		return new LoginRejectedException(HttpStatus.BAD_GATEWAY, "platform-rejected-login", "Platform rejected login",
				"code2session for app " + appId + " failed with errcode " + error.errcode()
						+ "; check this backend's appId and appSecret",
				error);
	}

}
