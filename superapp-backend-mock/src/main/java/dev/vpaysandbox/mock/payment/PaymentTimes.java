package dev.vpaysandbox.mock.payment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When a payment reached each state; {@code null} for a state not reached.
 *
 * @param createdAt when the pre-order check accepted it
 * @param updatedAt its last change
 * @param paidAt when it was paid
 * @param deliveringAt when the first delivery attempt started
 * @param deliveredAt when delivery was acknowledged (or notify_provide_goods came)
 * @param closedAt when it closed unpaid
 */
@Embeddable
public record PaymentTimes(@Column(name = "created_at") Instant createdAt,
		@Column(name = "updated_at") Instant updatedAt, @Column(name = "paid_at") Instant paidAt,
		@Column(name = "delivering_at") Instant deliveringAt, @Column(name = "delivered_at") Instant deliveredAt,
		@Column(name = "closed_at") Instant closedAt) {

	static PaymentTimes createdAt(Instant now) {
		return new PaymentTimes(now, now, null, null, null, null);
	}

	PaymentTimes paid(Instant now) {
		return new PaymentTimes(this.createdAt, now, now, this.deliveringAt, this.deliveredAt, this.closedAt);
	}

	PaymentTimes delivering(Instant now) {
		return new PaymentTimes(this.createdAt, now, this.paidAt, now, this.deliveredAt, this.closedAt);
	}

	PaymentTimes delivered(Instant now) {
		return new PaymentTimes(this.createdAt, now, this.paidAt, this.deliveringAt, now, this.closedAt);
	}

	PaymentTimes closed(Instant now) {
		return new PaymentTimes(this.createdAt, now, this.paidAt, this.deliveringAt, this.deliveredAt, now);
	}

	PaymentTimes changed(Instant now) {
		return new PaymentTimes(this.createdAt, now, this.paidAt, this.deliveringAt, this.deliveredAt, this.closedAt);
	}

}
