package dev.vpaysandbox.mock.chaos;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A scenario configured for an app or for one of its items (unique per scope): the faults
 * of every payment there, the seed of their percentage draws, and how many payments have
 * drawn so far.
 */
@Entity
@Table(name = "scenario")
class Scenario {

	/** The product id of an app-wide scenario. */
	static final String EVERY_PRODUCT = "*";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "product_id")
	private String productId;

	private String spec;

	private long seed;

	private long draws;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Scenario() {
	}

	Scenario(String appId, String productId, ScenarioSpec spec, long seed, Instant now) {
		this.appId = appId;
		this.productId = productId;
		this.createdAt = now;
		replace(spec, seed, now);
	}

	/** Puts new faults and a new seed in place; the draws start again from the first. */
	void replace(ScenarioSpec spec, long seed, Instant now) {
		this.spec = spec.text();
		this.seed = seed;
		this.draws = 0;
		this.updatedAt = now;
	}

	public String appId() {
		return this.appId;
	}

	/** The item it applies to, or {@code null} for every item of the app. */
	public String productId() {
		return EVERY_PRODUCT.equals(this.productId) ? null : this.productId;
	}

	public ScenarioSpec spec() {
		return ScenarioSpec.parse(this.spec);
	}

	public long seed() {
		return this.seed;
	}

	/** How many payments have drawn their faults from it since it was set. */
	public long draws() {
		return this.draws;
	}

	Long id() {
		return this.id;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
