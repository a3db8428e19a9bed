package dev.vpaysandbox.benchmarks.bare;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON body in, a JSON body out, nothing in between: what any endpoint of the services
 * costs before it does its own work.
 */
@RestController
class BareController {

	private final NoteRepository notes;

	BareController(NoteRepository notes) {
		this.notes = notes;
	}

	@PostMapping("/bare/echo")
	Echo echo(@RequestBody Call call) {
		return new Echo(call.appId(), "ok");
	}

	/** Readiness: answers once the context, JPA included, is up. */
	@GetMapping("/bare/ready")
	long ready() {
		return this.notes.count();
	}

	record Call(String appId, String userId, String signData, String paySig, String signature) {
	}

	record Echo(String appId, String errMsg) {
	}

}
