package dev.vpaysandbox.mock.journal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API: the newest requests to the protocol endpoints and their answers, secrets
 * masked.
 */
@RestController
@Tag(name = "sandbox: request journal")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class JournalController {

	private static final int MAX_LIMIT = 1000;

	private final RequestJournal journal;

	JournalController(RequestJournal journal) {
		this.journal = journal;
	}

	@GetMapping("/sandbox/journal")
	@Operation(summary = "The newest protocol requests (/openserver, /xpay, /sandbox/wx, key exchange) and answers, "
			+ "secrets masked, filtered by app, path prefix, outTradeNo, or newer than an entry id "
			+ "(afterId, to follow it); kept in memory")
	List<JournalEntry> newest(@RequestParam(required = false) String appId, @RequestParam(required = false) String path,
			@RequestParam(required = false) String outTradeNo, @RequestParam(required = false) Long afterId,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Problems.invalid("limit must be 1-" + MAX_LIMIT);
		}
		return this.journal.newest(new RequestJournal.Filter(appId, path, outTradeNo, afterId), limit);
	}

}
