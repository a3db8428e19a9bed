package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/**
 * Chaos scenarios: faults for every payment of an app or of one item (one call can bring
 * its own with {@link PaymentRequest#withScenario}).
 */
public final class Scenarios {

	private static final TypeReference<List<Scenario>> LIST = new TypeReference<>() {
	};

	private static final TypeReference<List<Fault>> FAULTS = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Scenarios(SandboxHttp http) {
		this.http = http;
	}

	/** Every fault on offer, with its effect and what a merchant backend must do. */
	public List<Fault> faults() {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/scenarios/faults", null), FAULTS);
	}

	/** The scenarios set for apps and items. */
	public List<Scenario> list() {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/scenarios", null), LIST);
	}

	/**
	 * Sets the scenario of every payment of an app, e.g.
	 * {@code "duplicate=1@30%, delay=10s@30%"}; a {@code null} seed takes the spec's
	 * {@code seed=} or a random one.
	 * @throws SandboxProblemException 400 {@code invalid-scenario}, 404 for an unknown
	 * app
	 */
	public Scenario setForApp(String appId, String spec, Long seed) {
		return SandboxHttp.read(this.http.admin("PUT", path(appId, null), body(spec, seed)), Scenario.class);
	}

	/** Sets the scenario of one item of an app; it wins over the app's. */
	public Scenario setForItem(String appId, String productId, String spec, Long seed) {
		return SandboxHttp.read(this.http.admin("PUT", path(appId, productId), body(spec, seed)), Scenario.class);
	}

	/** The scenario of an app, if set. */
	public Optional<Scenario> ofApp(String appId) {
		return find(path(appId, null));
	}

	/** The scenario of an item, if set. */
	public Optional<Scenario> ofItem(String appId, String productId) {
		return find(path(appId, productId));
	}

	/** Removes the scenario of an app, if set. */
	public void clearForApp(String appId) {
		clear(path(appId, null));
	}

	/** Removes the scenario of an item, if set. */
	public void clearForItem(String appId, String productId) {
		clear(path(appId, productId));
	}

	private Optional<Scenario> find(String path) {
		try {
			return Optional.of(SandboxHttp.read(this.http.admin("GET", path, null), Scenario.class));
		}
		catch (SandboxProblemException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private void clear(String path) {
		try {
			this.http.admin("DELETE", path, null);
		}
		catch (SandboxProblemException ex) {
			if (ex.status() != 404) {
				throw ex;
			}
		}
	}

	private static Map<String, Object> body(String spec, Long seed) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("spec", spec);
		if (seed != null) {
			body.put("seed", seed);
		}
		return body;
	}

	private static String path(String appId, String productId) {
		String app = "/sandbox/scenarios/apps/" + SandboxHttp.segment(appId);
		return (productId != null) ? app + "/items/" + SandboxHttp.segment(productId) : app;
	}

}
