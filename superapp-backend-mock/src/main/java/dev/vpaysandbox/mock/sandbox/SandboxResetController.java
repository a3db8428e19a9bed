package dev.vpaysandbox.mock.sandbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.system.AdminToken;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: reset the sandbox to its seeded state. */
@RestController
@Tag(name = "sandbox: reset")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class SandboxResetController {

	private final SandboxReset reset;

	SandboxResetController(SandboxReset reset) {
		this.reset = reset;
	}

	@PostMapping("/sandbox/reset")
	@Operation(
			summary = "Delete every app, key, login, payment, notification, scenario and journal entry, set the test "
					+ "clock back, then seed again from configuration (seeded apps get new appKeys unless "
					+ "configuration fixes them)")
	ResponseEntity<Void> reset() {
		this.reset.reset();
		return ResponseEntity.noContent().build();
	}

}
