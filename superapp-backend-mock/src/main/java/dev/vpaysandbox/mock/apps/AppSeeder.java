package dev.vpaysandbox.mock.apps;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.MockProperties.SeedApp;
import dev.vpaysandbox.mock.system.MockProperties.SeedItem;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the configured apps and items that do not exist yet, so a fresh sandbox works
 * with no set-up and a restarted one keeps what it had (its keys included).
 */
@Component
public class AppSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AppSeeder.class);

	private final Apps apps;

	private final Items items;

	private final MockProperties properties;

	AppSeeder(Apps apps, Items items, MockProperties properties) {
		this.apps = apps;
		this.items = items;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
	}

	/** Registers whatever configured app or item is missing. */
	public void seed() {
		for (SeedApp app : this.properties.seed().apps()) {
			AppType type = AppType.fromWireName(app.type())
				.orElseThrow(() -> new IllegalStateException("seeded app " + app.appId() + " has unknown type "
						+ app.type() + "; use mini-game or mini-program"));
			// Looking first only spares the log a constraint violation per restart: the
			// primary keys still decide when two instances seed at once.
			if (this.apps.find(app.appId()).isEmpty() && this.apps.register(new NewApp(app.appId(), app.appSecret(),
					type, app.offerId(), app.currencies(), app.notifyUrl())) instanceof Apps.Registration.Registered) {
				log.atInfo().addKeyValue("appId", app.appId()).log("seeded app");
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

}
