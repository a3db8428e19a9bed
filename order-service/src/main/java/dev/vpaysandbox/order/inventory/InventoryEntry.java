package dev.vpaysandbox.order.inventory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a user's inventory ledger: the items an order granted, or took back after a
 * refund. The table's unique (order_id, kind) makes each happen at most once per order.
 */
@Entity
@Table(name = "inventory_entry")
class InventoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false, updatable = false)
	private long orderId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, updatable = false)
	private Kind kind;

	@Column(name = "app_id", nullable = false, updatable = false)
	private String appId;

	@Column(name = "openid", nullable = false, updatable = false)
	private String openid;

	@Column(name = "product_id", nullable = false, updatable = false)
	private String productId;

	@Column(name = "quantity", nullable = false, updatable = false)
	private int quantity;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected InventoryEntry() {
	}

	InventoryEntry(long orderId, Kind kind, String appId, String openid, String productId, int quantity,
			Instant recordedAt) {
		this.orderId = orderId;
		this.kind = kind;
		this.appId = appId;
		this.openid = openid;
		this.productId = productId;
		this.quantity = quantity;
		this.recordedAt = recordedAt;
	}

	/** Whether the entry adds or removes items. */
	enum Kind {

		GRANT, REVOKE

	}

}
