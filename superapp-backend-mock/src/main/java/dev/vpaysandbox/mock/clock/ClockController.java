package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of the test clock: read it, advance it (running every expiry and retry that
 * falls due on the way, in order), and set it back to the system's time. Absent (404)
 * with {@code vpay.mock.clock.controllable=false}.
 */
@RestController
@Tag(name = "sandbox: test clock")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
@ConditionalOnProperty(prefix = "vpay.mock.clock", name = "controllable", havingValue = "true", matchIfMissing = true)
class ClockController {

	private final TimeTravel travel;

	ClockController(TimeTravel travel) {
		this.travel = travel;
	}

	@GetMapping("/sandbox/clock")
	@Operation(summary = "The mock's time and its offset from the system's time (an ISO-8601 duration)")
	ClockState get() {
		return this.travel.state();
	}

	@PostMapping("/sandbox/clock/advance")
	@Operation(summary = "Advance the clock by a positive ISO-8601 duration, e.g. {\"by\":\"PT10M\"}; every "
			+ "expiry, retry and timeout that falls due on the way happens at its own time, in order, before "
			+ "the answer")
	ClockState advance(@Valid @RequestBody AdvanceRequest request) {
		Duration by;
		try {
			by = Duration.parse(request.by().strip());
		}
		catch (DateTimeParseException ex) {
			throw Problems.invalid("by must be an ISO-8601 duration such as PT10M, PT25H or P2D");
		}
		try {
			return this.travel.advance(by);
		}
		catch (IllegalArgumentException ex) {
			throw Problems.invalid(ex.getMessage());
		}
	}

	@PostMapping("/sandbox/clock/reset")
	@Operation(summary = "Set the clock back to the system's time (offset PT0S)")
	ClockState reset() {
		return this.travel.reset();
	}

	/**
	 * {@code POST /sandbox/clock/advance}.
	 *
	 * @param by how far, an ISO-8601 duration such as {@code PT10M}
	 */
	record AdvanceRequest(@NotBlank @Size(max = 64) String by) {
	}

}
