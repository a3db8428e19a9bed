package dev.vpaysandbox.order.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.signing.protocol.Money;

import org.springframework.stereotype.Component;

/**
 * What each app sells, at prices only the server knows: a client never sets a price. Read
 * from configuration at start-up.
 */
@Component
public class Catalogue {

	private final Map<String, List<Product>> byApp = new HashMap<>();

	Catalogue(OrderServiceProperties properties) {
		for (OrderServiceProperties.App app : properties.apps()) {
			this.byApp.put(app.appId(), app.products()
				.stream()
				.map((p) -> new Product(p.productId(), p.name(), new Money(p.price(), p.currency()), p.maxQuantity()))
				.toList());
		}
	}

	/** The products of an app, in configuration order; empty for an unknown app. */
	public List<Product> products(String appId) {
		return this.byApp.getOrDefault(appId, List.of());
	}

	/** A product of an app, if it sells it. */
	public Optional<Product> find(String appId, String productId) {
		return products(appId).stream().filter((product) -> product.productId().equals(productId)).findFirst();
	}

}
