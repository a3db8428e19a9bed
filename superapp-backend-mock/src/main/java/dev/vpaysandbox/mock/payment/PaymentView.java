package dev.vpaysandbox.mock.payment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;

/**
 * A payment as the control API shows it, with the pre-order check's verdict and its
 * refunds. Amounts are minor units.
 *
 * @param paymentId the payment id ({@code wx_order_id})
 * @param appId the app
 * @param env the env
 * @param outTradeNo the merchant's order number
 * @param method the JS API called
 * @param userId the user
 * @param openid the user's openid
 * @param productId the item
 * @param quantity buyQuantity
 * @param unitPrice goodsPrice
 * @param orderFee goodsPrice × buyQuantity
 * @param currency the currency
 * @param platform the platform
 * @param attach the attach
 * @param status the state
 * @param queryStatus the status query_order reports
 * @param closeReason why it closed
 * @param refundFee refunded so far
 * @param leftFee left to refund
 * @param createdAt when the check accepted it
 * @param updatedAt when it last changed
 * @param paidAt when it was paid
 * @param deliveringAt when delivery started
 * @param deliveredAt when delivery was acknowledged
 * @param closedAt when it closed
 * @param check the pre-order check's verdict
 * @param scenario the chaos faults that fired for it
 * @param refunds its refunds
 * @param notification its delivery notification with every attempt, once paid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PaymentView(String paymentId, String appId, int env, String outTradeNo, String method, String userId,
		String openid, String productId, long quantity, long unitPrice, long orderFee, String currency, String platform,
		String attach, String status, int queryStatus, String closeReason, long refundFee, long leftFee,
		Instant createdAt, Instant updatedAt, Instant paidAt, Instant deliveringAt, Instant deliveredAt,
		Instant closedAt, CheckVerdict check, String scenario, List<RefundView> refunds, Object notification) {

	static PaymentView of(Payment payment, List<HintReport> notes, List<Refund> refunds, Object notification) {
		Purchase purchase = payment.purchase();
		PaymentTimes times = payment.times();
		return new PaymentView(payment.id(), payment.appId(), payment.env().code(), payment.outTradeNo().value(),
				payment.method().wireName(), payment.userId(), payment.openid(), purchase.productId(),
				purchase.quantity(), purchase.unitPrice(), purchase.orderFee(), purchase.currency(),
				purchase.platform(), purchase.attach(), payment.status().name(), payment.status().queryCode(),
				(payment.closeReason() != null) ? payment.closeReason().name() : null, payment.refundFee().minor(),
				payment.leftFee().minor(), times.createdAt(), times.updatedAt(), times.paidAt(), times.deliveringAt(),
				times.deliveredAt(), times.closedAt(), new CheckVerdict(0, "accepted", notes), payment.faults().text(),
				refunds.stream().map(RefundView::of).toList(), notification);
	}

	/**
	 * The pre-order check's verdict on an accepted payment.
	 *
	 * @param errCode always 0: refused calls create no payment (see /sandbox/checks)
	 * @param result {@code accepted}
	 * @param notes what the verifiers accepted but reported
	 */
	record CheckVerdict(int errCode, String result, List<HintReport> notes) {
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
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RefundView(String refundOrderId, long refundFee, String reason, String reqFrom, Instant createdAt) {

		static RefundView of(Refund refund) {
			return new RefundView(refund.refundOrderId(), refund.refundFee(), refund.reason(), refund.reqFrom(),
					refund.createdAt());
		}

	}

}
