package dev.vpaysandbox.mock.pages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.system.AdminToken;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspector's signature debugger: explains why a paySig or signature does or does not
 * verify, without ever answering a key or the expected signature.
 */
@RestController
@Tag(name = "sandbox: inspector")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class SignatureDebuggerController {

	private final SignatureDebugger debugger;

	SignatureDebuggerController(SignatureDebugger debugger) {
		this.debugger = debugger;
	}

	@PostMapping("/sandbox/signatures/explain")
	@Operation(summary = "Verify a paySig or signature with a pasted key or an app's own keys, and explain the result")
	ResponseEntity<Explanation> explain(@RequestBody ExplainRequest request) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.debugger.explain(request));
	}

}
