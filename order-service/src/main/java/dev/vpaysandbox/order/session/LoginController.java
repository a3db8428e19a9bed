package dev.vpaysandbox.order.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/login}: trades a wx.login code for a session token. */
@RestController
@Tag(name = "login")
class LoginController {

	private final LoginService logins;

	LoginController(LoginService logins) {
		this.logins = logins;
	}

	@PostMapping("/api/login")
	@Operation(summary = "Log in with a wx.login code; returns an opaque token, never the session_key")
	LoginService.LoginResult login(@Valid @RequestBody LoginRequest request) {
		return this.logins.login(request.appId(), request.code());
	}

	/**
	 * A login.
	 *
	 * @param code the single-use code from wx.login
	 * @param appId the app, or absent for the default app
	 */
	record LoginRequest(@NotBlank @Size(max = 128) @Pattern(regexp = "\\p{Graph}+") String code,
			@Size(max = 64) String appId) {
	}

}
