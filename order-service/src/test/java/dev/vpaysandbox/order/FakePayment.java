package dev.vpaysandbox.order;

/**
 * The platform's view of one payment, as query_order reports it.
 *
 * @param status 1 pending, 2 paid, 4 delivered, 5 refunded
 * @param orderFee the amount
 * @param refundFee what went back
 */
record FakePayment(int status, long orderFee, long refundFee) {

	static final int PENDING = 1;

	static final int PAID = 2;

	static final int DELIVERED = 4;

	static final int REFUNDED = 5;

	long paidFee() {
		return (this.status == PENDING) ? 0 : this.orderFee;
	}

	FakePayment refunded(long fee) {
		return new FakePayment((fee >= this.orderFee) ? REFUNDED : this.status, this.orderFee, fee);
	}

	FakePayment delivered() {
		return new FakePayment(DELIVERED, this.orderFee, this.refundFee);
	}

}
