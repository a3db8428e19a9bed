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
import jakarta.persistence.Version;

import dev.vpaysandbox.signing.protocol.Env;

import org.hibernate.annotations.DynamicUpdate;

/**
 * An order: what the user buys at the server's price, the exact signData text signed for
 * it, and where it stands. State changes only through guarded verbs that refuse illegal
 * transitions; the version column makes concurrent changes fail instead of overwrite.
 */
@Entity
@Table(name = "purchase_order")
@DynamicUpdate
class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "out_trade_no", nullable = false, updatable = false)
	private String outTradeNo;

	@Column(name = "app_id", nullable = false, updatable = false)
	private String appId;

	@Column(name = "openid", nullable = false, updatable = false)
	private String openid;

	@Column(name = "env", nullable = false, updatable = false)
	private int env;

	@Column(name = "product_id", nullable = false, updatable = false)
	private String productId;

	@Column(name = "quantity", nullable = false, updatable = false)
	private int quantity;

	@Column(name = "unit_price", nullable = false, updatable = false)
	private long unitPrice;

	@Column(name = "amount", nullable = false, updatable = false)
	private long amount;

	@Column(name = "currency", nullable = false, updatable = false)
	private String currency;

	@Column(name = "sign_data", nullable = false, updatable = false)
	private String signData;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private OrderStatus status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Column(name = "expired_at")
	private Instant expiredAt;

	@Column(name = "refunded_at")
	private Instant refundedAt;

	@Column(name = "delivered_late", nullable = false)
	private boolean deliveredLate;

	@Column(name = "refunded_fee", nullable = false)
	private long refundedFee;

	@Column(name = "next_check_at")
	private Instant nextCheckAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected PurchaseOrder() {
	}

	PurchaseOrder(NewOrder order) {
		this.outTradeNo = order.outTradeNo().value();
		this.appId = order.appId();
		this.openid = order.openid();
		this.env = order.env().code();
		this.productId = order.productId();
		this.quantity = order.quantity();
		this.unitPrice = order.unitPrice().minor();
		this.amount = order.unitPrice().times(order.quantity()).minor();
		this.currency = order.unitPrice().currency();
		this.signData = order.signData();
		this.status = OrderStatus.CREATED;
		this.createdAt = order.createdAt();
		this.expiresAt = order.expiresAt();
		this.nextCheckAt = order.firstCheckAt();
	}

	/** Records the payment; an order that had expired is delivered late, and flagged. */
	void markPaid(Instant at) {
		require(this.status == OrderStatus.CREATED || this.status == OrderStatus.EXPIRED, "mark paid");
		this.deliveredLate = (this.status == OrderStatus.EXPIRED);
		this.status = OrderStatus.PAID;
		this.paidAt = at;
	}

	/**
	 * Records that the items were granted; refunds are watched until {@code nextCheck}.
	 */
	void markDelivered(Instant at, Instant nextCheck) {
		require(this.status == OrderStatus.PAID, "mark delivered");
		this.status = OrderStatus.DELIVERED;
		this.deliveredAt = at;
		this.nextCheckAt = nextCheck;
	}

	/** Gives up waiting for payment, once the order has outlived its time to live. */
	void expire(Instant at) {
		require(this.status == OrderStatus.CREATED, "expire");
		if (at.isBefore(this.expiresAt)) {
			throw new IllegalStateException("order " + this.outTradeNo + " cannot expire before " + this.expiresAt);
		}
		this.status = OrderStatus.EXPIRED;
		this.expiredAt = at;
		this.nextCheckAt = null;
	}

	/**
	 * Records a full refund.
	 * @return whether items had been granted, which must now be taken back
	 */
	boolean markRefunded(Instant at, long refundFee) {
		require(this.status == OrderStatus.DELIVERED || this.status == OrderStatus.CREATED
				|| this.status == OrderStatus.EXPIRED, "mark refunded");
		boolean granted = (this.status == OrderStatus.DELIVERED);
		this.status = OrderStatus.REFUNDED;
		this.refundedAt = at;
		this.refundedFee = refundFee;
		this.nextCheckAt = null;
		return granted;
	}

	/** Records that part of a delivered order's payment went back; the items stay. */
	void recordPartialRefund(long refundFee) {
		require(this.status == OrderStatus.DELIVERED, "record a partial refund");
		if (refundFee <= 0 || refundFee >= this.amount) {
			throw new IllegalArgumentException("a partial refund is between 0 and the amount, exclusive");
		}
		this.refundedFee = refundFee;
	}

	/** Whether the items were ever granted (a later refund does not change this). */
	boolean wasDelivered() {
		return this.deliveredAt != null;
	}

	private void require(boolean allowed, String verb) {
		if (!allowed) {
			throw new IllegalStateException("cannot " + verb + " order " + this.outTradeNo + ": it is " + this.status);
		}
	}

	OrderSnapshot snapshot() {
		return new OrderSnapshot(this.id, this.outTradeNo, this.appId, this.openid, Env.of(this.env), this.productId,
				this.quantity, this.unitPrice, this.amount, this.currency, this.status, this.createdAt, this.expiresAt,
				this.paidAt, this.deliveredAt, this.expiredAt, this.refundedAt, this.deliveredLate, this.refundedFee,
				this.nextCheckAt);
	}

	Long id() {
		return this.id;
	}

	OrderStatus status() {
		return this.status;
	}

	String outTradeNo() {
		return this.outTradeNo;
	}

	String signData() {
		return this.signData;
	}

	long amount() {
		return this.amount;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant nextCheckAt() {
		return this.nextCheckAt;
	}

	boolean deliveredLate() {
		return this.deliveredLate;
	}

	long refundedFee() {
		return this.refundedFee;
	}

}
