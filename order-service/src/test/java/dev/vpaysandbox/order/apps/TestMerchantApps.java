package dev.vpaysandbox.order.apps;

import dev.vpaysandbox.order.system.OrderServiceProperties;

/** Builds the app registry for unit tests in other packages. */
public final class TestMerchantApps {

	private TestMerchantApps() {
	}

	public static MerchantApps of(OrderServiceProperties properties) {
		return new MerchantApps(properties);
	}

}
