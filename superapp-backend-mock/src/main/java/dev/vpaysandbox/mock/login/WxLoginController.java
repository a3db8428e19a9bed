package dev.vpaysandbox.mock.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.web.Problems;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The host app's half of {@code wx.login}: any userId of a known app gets a single-use
 * code, valid for five minutes.
 */
@RestController
@Tag(name = "protocol: host app JS API")
class WxLoginController {

	/** A userId: 1-128 characters, no control characters. */
	static final String USER_ID = "[^\\p{Cntrl}]{1,128}";

	private final Apps apps;

	private final Logins logins;

	WxLoginController(Apps apps, Logins logins) {
		this.apps = apps;
		this.logins = logins;
	}

	@PostMapping("/sandbox/wx/login")
	@Operation(summary = "wx.login inside the super app: a single-use login code for a user of an app")
	LoginCodeResponse login(@Valid @RequestBody LoginRequest request) {
		this.apps.find(request.appId()).orElseThrow(() -> Problems.notFound("no app " + request.appId()));
		return new LoginCodeResponse(this.logins.issueCode(request.appId(), request.userId()));
	}

	/**
	 * {@code POST /sandbox/wx/login}.
	 *
	 * @param appId the app
	 * @param userId the host app's user, any text
	 */
	record LoginRequest(@NotBlank @Size(max = 64) String appId, @NotBlank @Pattern(regexp = USER_ID) String userId) {
	}

	/**
	 * The code for code2session.
	 *
	 * @param code single use, five minutes
	 */
	record LoginCodeResponse(String code) {
	}

}
