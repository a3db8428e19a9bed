package dev.vpaysandbox.mock.apps;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.MockProperties.SeedApp;
import dev.vpaysandbox.mock.system.MockProperties.SeedItem;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the configured apps and items that do not exist yet, so a fresh sandbox works
 * with no set-up and a restarted one keeps what it had (its keys included, except that a
 * configured appKey always becomes current).
 */
@Component
public class AppSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AppSeeder.class);

	private final Apps apps;

	private final Items items;

	private final AppKeyStore keys;

	private final MockProperties properties;

	AppSeeder(Apps apps, Items items, AppKeyStore keys, MockProperties properties) {
		this.apps = apps;
		this.items = items;
		this.keys = keys;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
	}

	/**
	 * Registers whatever configured app or item is missing, and makes the configured
	 * appKeys of existing apps current.
	 */
	public void seed() {
		for (SeedApp app : this.properties.seed().apps()) {
			AppType type = AppType.fromWireName(app.type())
				.orElseThrow(() -> new IllegalStateException("seeded app " + app.appId() + " has unknown type "
						+ app.type() + "; use mini-game or mini-program"));
			FixedAppKeys fixed = fixedKeys(app);
			// Looking first only spares the log a constraint violation per restart: the
			// primary keys still decide when two instances seed at once.
			if (this.apps.find(app.appId()).isEmpty()) {
				if (this.apps.register(new NewApp(app.appId(), app.appSecret(), type, app.offerId(), app.currencies(),
						app.notifyUrl(), fixed)) instanceof Apps.Registration.Registered) {
					log.atInfo()
						.addKeyValue("appId", app.appId())
						.addKeyValue("fixedKeys", fixed.isEmpty() ? "none" : "configured")
						.log("seeded app");
				}
			}
			else {
				applyFixedKeys(app.appId(), fixed);
			}
			for (SeedItem item : app.items()) {
				if (this.items.find(app.appId(), item.productId()).isPresent()) {
					continue;
				}
				int maxQuantity = (item.maxQuantity() != null) ? item.maxQuantity()
						: this.properties.defaultMaxQuantity();
				boolean published = item.published() == null || item.published();
				this.items.add(app.appId(), new NewItem(item.productId(), item.price(),
						item.currency().toUpperCase(Locale.ROOT), maxQuantity, published));
			}
		}
	}

	private static FixedAppKeys fixedKeys(SeedApp app) {
		try {
			return FixedAppKeys.of(app.appKeys(), true);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("seeded app " + app.appId() + ": " + ex.getMessage());
		}
	}

	/**
	 * A configured key that is not current (a restart with another configuration) is made
	 * current; the one it replaces stays accepted for the key grace window.
	 */
	private void applyFixedKeys(String appId, FixedAppKeys fixed) {
		for (Env env : Env.values()) {
			fixed.of(env).ifPresent((key) -> {
				if (this.keys.makeCurrent(appId, env, key, this.properties.keyGrace())) {
					log.atInfo()
						.addKeyValue("appId", appId)
						.addKeyValue("env", env.code())
						.log("seeded appKey applied");
				}
			});
		}
	}

}
