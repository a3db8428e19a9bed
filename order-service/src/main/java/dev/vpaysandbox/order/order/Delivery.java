package dev.vpaysandbox.order.order;

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
 * The one delivery of an order. Its table's unique order_id is the exactly-once gate: of
 * concurrent deliveries of one order, one inserts this row and the rest fail.
 */
@Entity
@Table(name = "delivery")
class Delivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false, updatable = false)
	private long orderId;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, updatable = false)
	private DeliverySource source;

	@Column(name = "delivered_at", nullable = false, updatable = false)
	private Instant deliveredAt;

	@Column(name = "late", nullable = false, updatable = false)
	private boolean late;

	protected Delivery() {
	}

	Delivery(long orderId, DeliverySource source, Instant deliveredAt, boolean late) {
		this.orderId = orderId;
		this.source = source;
		this.deliveredAt = deliveredAt;
		this.late = late;
	}

}
