package dev.vpaysandbox.order.keys;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code appKeys}, part of readiness: DOWN until every configured app has a key
 * for env 0 and env 1, since no order can be signed and no notification verified without
 * them.
 */
@Component("appKeys")
class AppKeysHealthIndicator implements HealthIndicator {

	private final AppKeyStore store;

	private final KeyBootstrap bootstrap;

	AppKeysHealthIndicator(AppKeyStore store, KeyBootstrap bootstrap) {
		this.store = store;
		this.bootstrap = bootstrap;
	}

	@Override
	public Health health() {
		List<String> missing = this.store.missing();
		if (missing.isEmpty()) {
			return Health.up().build();
		}
		Health.Builder down = Health.down().withDetail("missing", missing);
		String failure = this.bootstrap.lastFailure();
		if (failure != null) {
			down.withDetail("lastFailure", failure);
		}
		return down.build();
	}

}
