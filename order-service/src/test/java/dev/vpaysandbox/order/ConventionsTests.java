package dev.vpaysandbox.order;

import java.util.Set;

import dev.vpaysandbox.order.keys.AppKeyStore;
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
	 * AppKeyStore's map is a rate limit (one refresh per app and env per interval, set by
	 * compare-and-set), not a cache.
	 */
	@Override
	protected Set<String> concurrentMapsThatAreNoCaches() {
		return Set.of(AppKeyStore.class.getName());
	}

}
