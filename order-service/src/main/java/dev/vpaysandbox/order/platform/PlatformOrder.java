package dev.vpaysandbox.order.platform;

/**
 * The platform's view of one order, from {@code /xpay/query_order}. Fees are integer
 * cents; times are Unix seconds, 0 when not reached.
 *
 * @param status 1 created, 2 paid, 3 delivering, 4 delivered, 5 refunded, 6 closed, 7
 * refund failed
 * @param orderFee goodsPrice × buyQuantity
 * @param paidFee what the user paid
 * @param refundFee what was refunded
 * @param leftFee paidFee − refundFee
 * @param wxOrderId the platform's payment id
 */
public record PlatformOrder(int status, long orderFee, long paidFee, long refundFee, long leftFee, String wxOrderId) {

	/** Status 1: the user has not paid (yet). */
	public static final int PENDING = 1;

	/** Status 2: paid, awaiting delivery. */
	public static final int PAID = 2;

	/** Status 3: paid, the platform is pushing the notification. */
	public static final int DELIVERING = 3;

	/** Status 4: paid and delivered, as far as the platform knows. */
	public static final int DELIVERED = 4;

	/** Status 5: fully refunded. */
	public static final int REFUNDED = 5;

	/** Status 6: closed, cancelled or failed; never paid. */
	public static final int CLOSED = 6;

	/** Status 7: paid, a refund failed. */
	public static final int REFUND_FAILED = 7;

	/** Whether the user paid and the money was not (fully) returned. */
	public boolean isPaid() {
		return this.status == PAID || this.status == DELIVERING || this.status == DELIVERED
				|| this.status == REFUND_FAILED;
	}

	/** Whether the whole payment went back to the user. */
	public boolean isFullyRefunded() {
		return this.status == REFUNDED || (this.refundFee > 0 && this.leftFee <= 0);
	}

	/** Whether part of the payment went back and part stayed. */
	public boolean isPartiallyRefunded() {
		return this.refundFee > 0 && this.leftFee > 0 && this.status != REFUNDED;
	}

	/** Whether the platform still waits for the merchant to confirm delivery. */
	public boolean awaitsDelivery() {
		return this.status == PAID || this.status == DELIVERING;
	}

}
