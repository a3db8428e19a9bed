package dev.vpaysandbox.order;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.order.system.OrderServiceProperties.App;
import dev.vpaysandbox.order.system.OrderServiceProperties.AppType;
import dev.vpaysandbox.order.system.OrderServiceProperties.Product;
import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.util.unit.DataSize;

/** Configuration values for unit tests, equal to the defaults of order-service.yml. */
public final class TestProperties {

	private TestProperties() {
	}

	public static OrderServiceProperties with(App... apps) {
		return new OrderServiceProperties(
				new OrderServiceProperties.Platform(URI.create("http://localhost:8081"), Duration.ofSeconds(2),
						Duration.ofSeconds(5)),
				List.of(apps), new OrderServiceProperties.Sessions(Duration.ofHours(2)),
				new OrderServiceProperties.Orders(Duration.ofMinutes(15)),
				new OrderServiceProperties.Keys(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(1),
						Duration.ofSeconds(30)),
				new OrderServiceProperties.Reconciliation(true, Duration.ofSeconds(30), Duration.ofMinutes(2),
						Duration.ofMinutes(1), Duration.ofHours(72), Duration.ofMinutes(10), 100),
				new OrderServiceProperties.Web(DataSize.ofKilobytes(16), List.of("http://localhost:8081"), null));
	}

	/** The demo mini game, its keys from the key exchange. */
	public static App miniGame() {
		return new App("demo-minigame", Secret.of("demo-minigame-secret"), AppType.MINI_GAME, null, 0, null, null,
				List.of(new Product("sword", "Sword", 199, "USD", 100)));
	}

	/** A mini program with fixed keys from configuration. */
	public static App miniProgramWithFixedKeys() {
		return new App("fixed-program", Secret.of("fixed-secret"), AppType.MINI_PROGRAM, "offer", 1,
				Secret.of("fixed-key-0"), Secret.of("fixed-key-1"),
				List.of(new Product("sword", "Sword", 199, "USD", 100)));
	}

}
