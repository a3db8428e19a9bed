package dev.vpaysandbox.mock.merchant;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;
import dev.vpaysandbox.mock.payment.Payment;

/**
 * What a merchant server API answers, always HTTP 200 with the outcome in
 * {@code errcode}: {@code {"errcode":0,"errmsg":"ok",...}} or a refusal. Field names as
 * the protocol spells them.
 */
sealed interface XpayAnswer {

	/** 0 on success, else the protocol's error code. */
	int errcode();

	/** {@code ok}, or why not. */
	String errmsg();

	/** {@code {"errcode":0,"errmsg":"ok"}}. */
	static XpayAnswer ok() {
		return new Done(0, "ok");
	}

	/**
	 * Success without more to say.
	 *
	 * @param errcode 0
	 * @param errmsg {@code ok}
	 */
	record Done(int errcode, String errmsg) implements XpayAnswer {
	}

	/**
	 * A refusal.
	 *
	 * @param errcode the code
	 * @param errmsg why
	 * @param diagnosis for a pay_sig failure, what the mock signed and could prove
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Refusal(int errcode, String errmsg, SignatureReport diagnosis) implements XpayAnswer {

		Refusal(int errcode, String errmsg) {
			this(errcode, errmsg, null);
		}

	}

	/**
	 * query_order's answer.
	 *
	 * @param errcode 0
	 * @param errmsg {@code ok}
	 * @param order the order
	 */
	record Found(int errcode, String errmsg, Order order) implements XpayAnswer {

		Found(Order order) {
			this(0, "ok", order);
		}

	}

	/**
	 * refund_order's answer.
	 *
	 * @param errcode 0
	 * @param errmsg {@code ok}
	 * @param refundOrderId the merchant's refund number
	 * @param refundWxOrderId the platform's refund id
	 * @param payOrderId the refunded order's outTradeNo
	 * @param payWxOrderId the refunded payment's id
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Refunded(int errcode, String errmsg, String refundOrderId, String refundWxOrderId, String payOrderId,
			String payWxOrderId) implements XpayAnswer {

		static Refunded of(Payment payment, String refundOrderId) {
			return new Refunded(0, "ok", refundOrderId, payment.id() + "-" + refundOrderId,
					payment.outTradeNo().value(), payment.id());
		}

	}

	/**
	 * The {@code order} of query_order: times in Unix seconds (0 when not reached), fees
	 * in minor units.
	 *
	 * @param orderId the outTradeNo
	 * @param status 1 created ... 7 refund failed
	 * @param orderFee goodsPrice × buyQuantity
	 * @param paidFee what was paid
	 * @param refundFee what was refunded
	 * @param leftFee what is left to refund
	 * @param createTime when the pre-order check accepted it
	 * @param updateTime its last change
	 * @param paidTime when it was paid
	 * @param provideTime when it was delivered
	 * @param envType 0 production, 1 sandbox
	 * @param wxOrderId the payment's id
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Order(String orderId, int status, long orderFee, long paidFee, long refundFee, long leftFee, long createTime,
			long updateTime, long paidTime, long provideTime, int envType, String wxOrderId) {

		static Order of(Payment payment) {
			return new Order(payment.outTradeNo().value(), payment.status().queryCode(), payment.orderFee().minor(),
					payment.paidFee().minor(), payment.refundFee().minor(), payment.leftFee().minor(),
					seconds(payment.times().createdAt()), seconds(payment.times().updatedAt()),
					seconds(payment.times().paidAt()), seconds(payment.times().deliveredAt()), payment.env().code(),
					payment.id());
		}

		private static long seconds(Instant instant) {
			return (instant != null) ? instant.getEpochSecond() : 0;
		}

	}

}
