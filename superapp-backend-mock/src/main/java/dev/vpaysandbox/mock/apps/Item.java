package dev.vpaysandbox.mock.apps;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item an app sells: unit price in minor units, currency, the buyQuantity limit, and
 * whether it is published (only published items can be bought).
 */
@Entity
@Table(name = "item")
public class Item {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "product_id")
	private String productId;

	private long price;

	private String currency;

	@Column(name = "max_quantity")
	private int maxQuantity;

	private boolean published;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Item() {
	}

	Item(String appId, NewItem item, Instant now) {
		this.appId = appId;
		this.productId = item.productId();
		this.price = item.price();
		this.currency = item.currency();
		this.maxQuantity = item.maxQuantity();
		this.published = item.published();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(ItemChange change, Instant now) {
		if (change.price() != null) {
			this.price = change.price();
		}
		if (change.currency() != null) {
			this.currency = change.currency();
		}
		if (change.maxQuantity() != null) {
			this.maxQuantity = change.maxQuantity();
		}
		if (change.published() != null) {
			this.published = change.published();
		}
		this.updatedAt = now;
	}

	public String appId() {
		return this.appId;
	}

	public String productId() {
		return this.productId;
	}

	/** The unit price in minor units. */
	public long price() {
		return this.price;
	}

	public String currency() {
		return this.currency;
	}

	public int maxQuantity() {
		return this.maxQuantity;
	}

	public boolean published() {
		return this.published;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
