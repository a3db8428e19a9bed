package dev.vpaysandbox.client;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/** The control API's apps: register, find, list and change them. */
public final class Apps {

	private static final TypeReference<List<App.Wire>> LIST = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Apps(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * Registers an app with its appKeys (fixed or generated).
	 * @throws SandboxProblemException 409 {@code conflict} if the appId exists, 400 for
	 * invalid fields
	 */
	public App create(NewApp app) {
		return SandboxHttp.read(this.http.admin("POST", "/sandbox/apps", app.body()), App.Wire.class).toApp();
	}

	/** The app, if it exists. */
	public Optional<App> find(String appId) {
		try {
			return Optional.of(get(appId));
		}
		catch (SandboxProblemException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * The app.
	 * @throws SandboxProblemException 404 {@code not-found} if there is none
	 */
	public App get(String appId) {
		return SandboxHttp
			.read(this.http.admin("GET", "/sandbox/apps/" + SandboxHttp.segment(appId), null), App.Wire.class)
			.toApp();
	}

	/** Every app, by appId. */
	public List<App> list() {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/apps", null), LIST)
			.stream()
			.map(App.Wire::toApp)
			.toList();
	}

	/**
	 * Changes an app.
	 * @throws SandboxProblemException 404 if there is none, 400 for invalid fields
	 */
	public App change(String appId, AppChange change) {
		return SandboxHttp
			.read(this.http.admin("PATCH", "/sandbox/apps/" + SandboxHttp.segment(appId), change.body()),
					App.Wire.class)
			.toApp();
	}

}
