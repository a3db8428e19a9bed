package dev.vpaysandbox.mock.apps;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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

	Apps(AppRepository apps, AppKeyStore keys, TransactionTemplate transaction, Clock clock) {
		this.apps = apps;
		this.keys = keys;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Registers an app and generates version 1 of its env 0 and env 1 appKeys; the
	 * primary key, not a prior look-up, refuses a second app with the same id.
	 */
	public Registration register(NewApp app) {
		try {
			return this.transaction.execute((status) -> {
				App saved = this.apps.saveAndFlush(new App(app, this.clock.instant()));
				this.keys.createInitialKeys(saved.appId());
				return new Registration.Registered(saved);
			});
		}
		catch (DataIntegrityViolationException ex) {
			return new Registration.AlreadyExists(app.appId());
		}
	}

	@Transactional(readOnly = true)
	public Optional<App> find(String appId) {
		return (appId == null) ? Optional.empty() : this.apps.findById(appId);
	}

	@Transactional(readOnly = true)
	public List<App> list() {
		return this.apps.findAllByOrderByAppIdAsc();
	}

	/** Changes an app, or answers empty if there is none. */
	@Transactional
	public Optional<App> change(String appId, AppChange change) {
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
