package dev.vpaysandbox.order;

import java.util.Set;

import dev.vpaysandbox.order.system.ApiDocs;
import dev.vpaysandbox.testing.ServiceConventionsTest;

/** order-service keeps the conventions of docs/ARCHITECTURE.md. */
class ConventionsTests extends ServiceConventionsTest {

	ConventionsTests() {
		super("dev.vpaysandbox.order");
	}

	/**
	 * ApiDocs' constant is inlined into other features' OpenAPI annotations; e2e-tests
	 * start the application.
	 */
	@Override
	protected Set<String> publicForOthers() {
		return Set.of(ApiDocs.class.getName(), OrderServiceApplication.class.getName());
	}

	/**
	 * Concurrent maps that hold no cached data: OnDemandRefreshes is a rate limit (one
	 * key exchange per app and env per interval, won by compare-and-set), LoginService
	 * keeps one lock per app.
	 */
	@Override
	protected Set<String> concurrentMapsThatAreNoCaches() {
		return Set.of("dev.vpaysandbox.order.keys.OnDemandRefreshes", "dev.vpaysandbox.order.session.LoginService");
	}

}
