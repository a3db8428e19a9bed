package dev.vpaysandbox.mock.chaos;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of chaos scenarios: the faults on offer, and the scenario of each app and
 * item (a payment call may bring its own in the {@code X-Sandbox-Scenario} header).
 */
@RestController
@Tag(name = "sandbox: chaos scenarios")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class ScenarioController {

	private final Scenarios scenarios;

	ScenarioController(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@GetMapping("/sandbox/scenarios/faults")
	@Operation(summary = "Every fault a scenario can name, with its argument, effect and what a correct "
			+ "merchant backend must do")
	List<FaultView> faults() {
		return Arrays.stream(FaultType.values()).map(FaultView::of).toList();
	}

	@GetMapping("/sandbox/scenarios")
	@Operation(summary = "The scenarios set for apps and items")
	List<ScenarioView> list() {
		return this.scenarios.list().stream().map(ScenarioView::of).toList();
	}

	@GetMapping("/sandbox/scenarios/apps/{appId}")
	@Operation(summary = "The scenario of every payment of an app (unless its item or the request has one)")
	ScenarioView appScenario(@PathVariable String appId) {
		return get(appId, null);
	}

	@PutMapping("/sandbox/scenarios/apps/{appId}")
	@Operation(summary = "Set the scenario of an app, e.g. {\"spec\":\"duplicate=1@30%, delay=10s@30%\",\"seed\":42}")
	ScenarioView setAppScenario(@PathVariable String appId, @Valid @RequestBody ScenarioRequest request) {
		return set(appId, null, request);
	}

	@DeleteMapping("/sandbox/scenarios/apps/{appId}")
	@Operation(summary = "Remove the scenario of an app")
	ResponseEntity<Void> clearAppScenario(@PathVariable String appId) {
		return clear(appId, null);
	}

	@GetMapping("/sandbox/scenarios/apps/{appId}/items/{productId}")
	@Operation(summary = "The scenario of every payment for one item of an app (unless the request has one)")
	ScenarioView itemScenario(@PathVariable String appId, @PathVariable String productId) {
		return get(appId, productId);
	}

	@PutMapping("/sandbox/scenarios/apps/{appId}/items/{productId}")
	@Operation(summary = "Set the scenario of one item of an app; it wins over the app's")
	ScenarioView setItemScenario(@PathVariable String appId, @PathVariable String productId,
			@Valid @RequestBody ScenarioRequest request) {
		return set(appId, productId, request);
	}

	@DeleteMapping("/sandbox/scenarios/apps/{appId}/items/{productId}")
	@Operation(summary = "Remove the scenario of one item of an app")
	ResponseEntity<Void> clearItemScenario(@PathVariable String appId, @PathVariable String productId) {
		return clear(appId, productId);
	}

	private ScenarioView get(String appId, String productId) {
		return this.scenarios.find(appId, productId)
			.map(ScenarioView::of)
			.orElseThrow(() -> Problems.notFound("no scenario for " + scope(appId, productId)));
	}

	private ScenarioView set(String appId, String productId, ScenarioRequest request) {
		ScenarioSpec spec;
		try {
			spec = ScenarioSpec.parse(request.spec());
		}
		catch (InvalidScenarioException ex) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "invalid-scenario", ex.getMessage());
		}
		Scenarios.Setting setting = this.scenarios.set(appId, productId, spec, request.seed());
		if (setting instanceof Scenarios.Setting.Saved saved) {
			return ScenarioView.of(saved.scenario());
		}
		if (setting instanceof Scenarios.Setting.UnknownItem) {
			throw Problems.notFound("app " + appId + " has no item " + productId);
		}
		throw Problems.notFound("no app " + appId);
	}

	private ResponseEntity<Void> clear(String appId, String productId) {
		if (!this.scenarios.clear(appId, productId)) {
			throw Problems.notFound("no scenario for " + scope(appId, productId));
		}
		return ResponseEntity.noContent().build();
	}

	private static String scope(String appId, String productId) {
		return (productId != null) ? "item " + productId + " of app " + appId : "app " + appId;
	}

}
