package dev.vpaysandbox.mock.chaos;

import java.time.Instant;
import java.util.List;

/**
 * A configured scenario as the control API shows it.
 *
 * @param appId the app
 * @param productId the item, or {@code null} for every item of the app
 * @param spec the canonical scenario text
 * @param seed the seed of its percentage draws
 * @param header the {@code X-Sandbox-Scenario} value that requests the same faults for
 * one call
 * @param faults its faults
 * @param draws how many payments have drawn from it since it was set
 * @param createdAt when it was first set
 * @param updatedAt when it was last set
 */
record ScenarioView(String appId, String productId, String spec, long seed, String header, List<RuleView> faults,
		long draws, Instant createdAt, Instant updatedAt) {

	static ScenarioView of(Scenario scenario) {
		ScenarioSpec spec = scenario.spec();
		String header = spec.isEmpty() ? "none" : spec.text() + ", seed=" + scenario.seed();
		return new ScenarioView(scenario.appId(), scenario.productId(), spec.text(), scenario.seed(), header,
				spec.rules().stream().map(RuleView::of).toList(), scenario.draws(), scenario.createdAt(),
				scenario.updatedAt());
	}

	/**
	 * One fault of a scenario.
	 *
	 * @param fault the fault's name
	 * @param stage PAYMENT_CALL or NOTIFICATION
	 * @param argument its argument as written (a count, a status or a duration), or
	 * {@code null}
	 * @param percent the percentage of payments it fires for
	 */
	record RuleView(String fault, String stage, String argument, int percent) {

		static RuleView of(ScenarioSpec.Rule rule) {
			String text = rule.fault().text();
			int equals = text.indexOf('=');
			return new RuleView(rule.fault().type().wireName(), rule.fault().type().stage().name(),
					(equals >= 0) ? text.substring(equals + 1) : null, rule.percent());
		}

	}

}
