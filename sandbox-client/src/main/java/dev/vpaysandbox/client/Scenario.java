package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * A chaos scenario set for an app or one of its items.
 *
 * @param appId the app
 * @param productId the item, or {@code null} for every item of the app
 * @param spec the canonical scenario text
 * @param seed the seed of its percentage draws
 * @param header the {@code X-Sandbox-Scenario} value that asks for the same faults in one
 * call
 * @param faults its faults
 * @param draws how many payments have drawn from it since it was set
 * @param createdAt when it was first set
 * @param updatedAt when it was last set
 */
public record Scenario(String appId, String productId, String spec, long seed, String header, List<Rule> faults,
		long draws, Instant createdAt, Instant updatedAt) {

	/**
	 * One fault of a scenario.
	 *
	 * @param fault the fault's name, e.g. {@code duplicate}
	 * @param stage PAYMENT_CALL or NOTIFICATION
	 * @param argument its argument as written, or {@code null}
	 * @param percent the percentage of payments it fires for
	 */
	public record Rule(String fault, String stage, String argument, int percent) {
	}

}
