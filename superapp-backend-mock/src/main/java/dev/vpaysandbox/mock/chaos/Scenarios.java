package dev.vpaysandbox.mock.chaos;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.mock.apps.Items;
import dev.vpaysandbox.mock.system.ReferenceData;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chaos scenarios: set per app or per item through the control API, or sent with one
 * payment call, and resolved into the {@link Faults} of each accepted payment. The most
 * specific scenario wins: the request's, else the item's, else the app's.
 */
@Service
public class Scenarios {

	private static final Logger log = LoggerFactory.getLogger(Scenarios.class);

	private static final long HEADER_SEED = 0;

	private final ScenarioRepository scenarios;

	private final Apps apps;

	private final Items items;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReferenceData referenceData;

	/**
	 * The scenarios configured for (appId, productId), usually none: that is kept too.
	 */
	private final ReferenceData.Cache<List<String>, List<Scenario>> configured;

	Scenarios(ScenarioRepository scenarios, Apps apps, Items items, TransactionTemplate transaction, Clock clock,
			ReferenceData referenceData) {
		this.scenarios = scenarios;
		this.apps = apps;
		this.items = items;
		this.transaction = transaction;
		this.clock = clock;
		this.referenceData = referenceData;
		this.configured = referenceData.cache();
	}

	/**
	 * The faults of a payment the pre-order check accepted. A requested scenario draws
	 * from its own seed (default 0) and the outTradeNo; a configured one from its seed
	 * and the payment's ordinal among those it has served, so a run repeats with the same
	 * seed.
	 * @param requested the scenario of the payment call's header, or {@code null}
	 */
	public Faults resolve(String appId, String productId, String outTradeNo, ScenarioSpec requested) {
		if (requested != null) {
			long seed = (requested.seed() != null) ? requested.seed() : HEADER_SEED;
			return requested.draw(seed, outTradeNo.hashCode());
		}
		List<Scenario> configured = this.configured
			.get(List.of(appId, productId),
					() -> Optional.of(this.scenarios.findByAppIdAndProductIdIn(appId,
							List.of(productId, Scenario.EVERY_PRODUCT))))
			.orElseThrow();
		Optional<Scenario> chosen = configured.stream()
			.min(Comparator.comparing((Scenario scenario) -> scenario.productId() == null));
		if (chosen.isEmpty()) {
			return Faults.NONE;
		}
		Scenario scenario = chosen.get();
		ScenarioSpec spec = scenario.spec();
		long ordinal = spec.isRandom() ? nextOrdinal(scenario) : 0;
		return spec.draw(scenario.seed(), ordinal);
	}

	private long nextOrdinal(Scenario scenario) {
		Long ordinal = this.transaction.execute((status) -> {
			this.scenarios.incrementDraws(scenario.id());
			return this.scenarios.draws(scenario.id());
		});
		return (ordinal != null) ? ordinal : 0;
	}

	/**
	 * Sets the scenario of an app ({@code productId} null) or of one of its items,
	 * replacing any there; its draws start again.
	 * @param seed the seed, or {@code null} for the spec's own, or else a random one
	 */
	public Setting set(String appId, String productId, ScenarioSpec spec, Long seed) {
		if (this.apps.find(appId).isEmpty()) {
			return new Setting.UnknownApp(appId);
		}
		if (productId != null && this.items.find(appId, productId).isEmpty()) {
			return new Setting.UnknownItem(appId, productId);
		}
		long chosenSeed = (seed != null) ? seed
				: (spec.seed() != null) ? spec.seed() : ThreadLocalRandom.current().nextLong(1_000_000);
		String scope = scope(productId);
		try {
			return new Setting.Saved(save(appId, scope, spec, chosenSeed));
		}
		catch (DataIntegrityViolationException ex) {
			// another call created this scope's scenario meanwhile: replace it instead
			return new Setting.Saved(save(appId, scope, spec, chosenSeed));
		}
	}

	private Scenario save(String appId, String scope, ScenarioSpec spec, long seed) {
		Scenario saved = this.transaction.execute((status) -> {
			this.referenceData.changed();
			Optional<Scenario> existing = this.scenarios.findByAppIdAndProductId(appId, scope);
			Scenario scenario = existing.orElseGet(() -> new Scenario(appId, scope, spec, seed, this.clock.instant()));
			existing.ifPresent((found) -> found.replace(spec, seed, this.clock.instant()));
			return this.scenarios.saveAndFlush(scenario);
		});
		log.atInfo()
			.addKeyValue("appId", appId)
			.addKeyValue("productId", scope)
			.addKeyValue("scenario", spec.text())
			.log("scenario set");
		return saved;
	}

	/** Removes the scenario of an app or item; whether there was one. */
	@Transactional
	public boolean clear(String appId, String productId) {
		this.referenceData.changed();
		return this.scenarios.deleteByAppIdAndProductId(appId, scope(productId)) > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Scenario> find(String appId, String productId) {
		return this.scenarios.findByAppIdAndProductId(appId, scope(productId));
	}

	@Transactional(readOnly = true)
	public List<Scenario> list() {
		return this.scenarios.findAllByOrderByAppIdAscProductIdAsc();
	}

	private static String scope(String productId) {
		return (productId != null) ? productId : Scenario.EVERY_PRODUCT;
	}

	/** The outcome of setting a scenario. */
	public sealed interface Setting {

		/**
		 * The scenario is in place.
		 *
		 * @param scenario the scenario
		 */
		record Saved(Scenario scenario) implements Setting {
		}

		/**
		 * There is no such app.
		 *
		 * @param appId the app asked for
		 */
		record UnknownApp(String appId) implements Setting {
		}

		/**
		 * The app sells no such item.
		 *
		 * @param appId the app
		 * @param productId the item asked for
		 */
		record UnknownItem(String appId, String productId) implements Setting {
		}

	}

}
