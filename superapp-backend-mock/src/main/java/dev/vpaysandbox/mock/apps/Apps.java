package dev.vpaysandbox.mock.apps;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.mock.system.ReferenceData;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The app registry: registers apps with fresh appKeys, finds and changes them. */
@Service
public class Apps {

	private final AppRepository apps;

	private final AppKeyStore keys;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReferenceData referenceData;

	private final ReferenceData.Cache<String, App> cached;

	Apps(AppRepository apps, AppKeyStore keys, TransactionTemplate transaction, Clock clock,
			ReferenceData referenceData) {
		this.apps = apps;
		this.keys = keys;
		this.transaction = transaction;
		this.clock = clock;
		this.referenceData = referenceData;
		this.cached = referenceData.cache();
	}

	/**
	 * Registers an app with version 1 of its env 0 and env 1 appKeys (the ones it fixes,
	 * otherwise generated); the primary key, not a prior look-up, refuses a second app
	 * with the same id.
	 */
	public Registration register(NewApp app) {
		try {
			return this.transaction.execute((status) -> {
				this.referenceData.changed();
				App saved = this.apps.saveAndFlush(new App(app, this.clock.instant()));
				this.keys.createInitialKeys(saved.appId(), app.appKeys());
				return new Registration.Registered(saved);
			});
		}
		catch (DataIntegrityViolationException ex) {
			return new Registration.AlreadyExists(app.appId());
		}
	}

	/** The app, from memory while it is unchanged ({@link ReferenceData}). */
	public Optional<App> find(String appId) {
		return (appId == null) ? Optional.empty() : this.cached.get(appId, () -> this.apps.findById(appId));
	}

	@Transactional(readOnly = true)
	public List<App> list() {
		return this.apps.findAllByOrderByAppIdAsc();
	}

	/** Changes an app, or answers empty if there is none. */
	@Transactional
	public Optional<App> change(String appId, AppChange change) {
		this.referenceData.changed();
		return this.apps.findById(appId).map((app) -> {
			app.change(change);
			return app;
		});
	}

	/** The outcome of registering an app. */
	public sealed interface Registration {

		/**
		 * The app is registered.
		 *
		 * @param app the app
		 */
		record Registered(App app) implements Registration {
		}

		/**
		 * An app with this id exists already; nothing changed.
		 *
		 * @param appId the id
		 */
		record AlreadyExists(String appId) implements Registration {
		}

	}

}
