package dev.vpaysandbox.mock.payment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One refund of a payment, unique per (payment, refund_order_id). */
@Entity
@Table(name = "refund")
class Refund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "payment_id")
	private String paymentId;

	@Column(name = "refund_order_id")
	private String refundOrderId;

	@Column(name = "refund_fee")
	private long refundFee;

	private String reason;

	@Column(name = "req_from")
	private String reqFrom;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Refund() {
	}

	Refund(String paymentId, RefundRequest request, Instant now) {
		this.paymentId = paymentId;
		this.refundOrderId = request.refundOrderId();
		this.refundFee = request.refundFee();
		this.reason = request.reason();
		this.reqFrom = request.reqFrom();
		this.createdAt = now;
	}

	public Long id() {
		return this.id;
	}

	public String paymentId() {
		return this.paymentId;
	}

	public String refundOrderId() {
		return this.refundOrderId;
	}

	/** The amount refunded, minor units. */
	public long refundFee() {
		return this.refundFee;
	}

	public String reason() {
		return this.reason;
	}

	public String reqFrom() {
		return this.reqFrom;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
