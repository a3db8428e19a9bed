package dev.vpaysandbox.client;

import java.time.Instant;
import java.util.List;

/**
 * A payment as the control API shows it, with the pre-order check's verdict, its refunds
 * and its delivery notification. Amounts are minor units (cents).
 *
 * @param paymentId the payment id ({@code wx_order_id})
 * @param appId the app
 * @param env the env code
 * @param outTradeNo the merchant's order number
 * @param method the JS API called
 * @param userId the host app's user
 * @param openid the user's openid
 * @param productId the item
 * @param quantity buyQuantity
 * @param unitPrice goodsPrice
 * @param orderFee goodsPrice × buyQuantity
 * @param currency the currency
 * @param platform the platform, or {@code null}
 * @param attach the attach, or {@code null}
 * @param status its state
 * @param queryStatus the status {@code query_order} reports
 * @param closeReason why it closed, or {@code null}
 * @param refundFee refunded so far
 * @param leftFee left to refund
 * @param createdAt when the check accepted it
 * @param updatedAt when it last changed
 * @param paidAt when it was paid, or {@code null}
 * @param deliveringAt when delivery started, or {@code null}
 * @param deliveredAt when delivery was acknowledged, or {@code null}
 * @param closedAt when it closed, or {@code null}
 * @param check the pre-order check's verdict
 * @param scenario the chaos faults that fired for it, or {@code null}
 * @param refunds its refunds
 * @param notification its delivery notification with every attempt, once paid
 */
public record Payment(String paymentId, String appId, int env, String outTradeNo, String method, String userId,
		String openid, String productId, long quantity, long unitPrice, long orderFee, String currency, String platform,
		String attach, PaymentStatus status, int queryStatus, CloseReason closeReason, long refundFee, long leftFee,
		Instant createdAt, Instant updatedAt, Instant paidAt, Instant deliveringAt, Instant deliveredAt,
		Instant closedAt, Check check, String scenario, List<Refund> refunds, Notification notification) {

	public Payment {
		refunds = (refunds != null) ? List.copyOf(refunds) : List.of();
	}

	/** The codes of what the pre-order check accepted but noted. */
	public List<String> noteCodes() {
		return (this.check != null) ? this.check.notes().stream().map(Note::code).toList() : List.of();
	}

	/**
	 * The pre-order check's verdict on an accepted payment.
	 *
	 * @param errCode always 0: refused calls store no payment
	 * @param result {@code accepted}
	 * @param notes what the verifiers accepted but reported
	 */
	public record Check(int errCode, String result, List<Note> notes) {

		public Check {
			notes = (notes != null) ? List.copyOf(notes) : List.of();
		}

	}

	/**
	 * One refund.
	 *
	 * @param refundOrderId the merchant's refund number
	 * @param refundFee the amount
	 * @param reason refund_reason
	 * @param reqFrom req_from
	 * @param createdAt when it was made
	 */
	public record Refund(String refundOrderId, long refundFee, String reason, String reqFrom, Instant createdAt) {
	}

}
