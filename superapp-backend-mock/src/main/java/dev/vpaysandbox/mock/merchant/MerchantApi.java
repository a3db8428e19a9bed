package dev.vpaysandbox.mock.merchant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.mock.payment.Payments;
import dev.vpaysandbox.mock.payment.RefundRequest;
import dev.vpaysandbox.mock.payment.Refunds;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * The merchant server APIs {@code /xpay/query_order}, {@code /xpay/refund_order} and
 * {@code /xpay/notify_provide_goods}: each authenticated by access_token and pay_sig,
 * each answering {@code {"errcode","errmsg",...}}. {@code order_id} is the merchant's
 * outTradeNo, {@code wx_order_id} the mock's payment id.
 */
@Service
public class MerchantApi {

	private static final Logger log = LoggerFactory.getLogger(MerchantApi.class);

	private final XpayAuthenticator authenticator;

	private final Payments payments;

	private final Refunds refunds;

	MerchantApi(XpayAuthenticator authenticator, Payments payments, Refunds refunds) {
		this.authenticator = authenticator;
		this.payments = payments;
		this.refunds = refunds;
	}

	/** {@code query_order {"openid","env","order_id"}} → the order. */
	public Map<String, Object> queryOrder(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, (call) -> {
			Optional<String> openid = call.text("openid");
			if (openid.isEmpty()) {
				return error(XpayCodes.BAD_PARAMETER, "openid is required");
			}
			Optional<Payment> payment = order(call).filter((found) -> found.openid().equals(openid.get()));
			if (payment.isEmpty()) {
				return error(XpayCodes.BAD_PARAMETER, "no such order");
			}
			Map<String, Object> answer = ok();
			answer.put("order", orderOf(payment.get()));
			return answer;
		});
	}

	/**
	 * {@code refund_order}: the order named by {@code order_id} or, without it,
	 * {@code wx_order_id}; partial refunds lower left_fee, a refund above it is
	 * 268490006, a repeated refund_order_id 268490004.
	 */
	public Map<String, Object> refundOrder(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, (call) -> {
			Optional<String> openid = call.text("openid");
			boolean named = call.text("order_id").isPresent() || call.text("wx_order_id").isPresent();
			Optional<String> refundOrderId = call.text("refund_order_id").filter(MerchantApi::isRefundOrderId);
			Optional<Long> refundFee = call.count("refund_fee").filter((fee) -> fee > 0);
			Optional<Long> leftFee = call.count("left_fee");
			if (openid.isEmpty() || !named || refundOrderId.isEmpty() || refundFee.isEmpty() || leftFee.isEmpty()) {
				return error(XpayCodes.BAD_PARAMETER, "openid, order_id (or wx_order_id), refund_order_id "
						+ "(1-64 characters), refund_fee (> 0) and left_fee (>= 0) are required");
			}
			String reason = call.text("refund_reason").map((text) -> truncate(text, 256)).orElse(null);
			String reqFrom = call.text("req_from").map((text) -> truncate(text, 64)).orElse(null);
			RefundRequest request = new RefundRequest(refundOrderId.get(), refundFee.get(), leftFee.get(), reason,
					reqFrom);
			// found as query_order finds it; the refund then names it by its outTradeNo
			Optional<Payment> payment = order(call);
			if (payment.isEmpty()) {
				return error(XpayCodes.BAD_PARAMETER, "no such order");
			}
			return refund(call, payment.get().outTradeNo(), openid.get(), request);
		});
	}

	/**
	 * {@code notify_provide_goods {"order_id","env"}}: a paid order becomes delivered.
	 */
	public Map<String, Object> notifyProvideGoods(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, (call) -> {
			Optional<Payment> payment = order(call);
			if (payment.isEmpty()) {
				return error(XpayCodes.BAD_PARAMETER, "no such order");
			}
			return switch (this.payments.provideGoods(call.appId(), call.env(), payment.get().outTradeNo())) {
				case DELIVERED -> ok();
				case ALREADY_DELIVERED -> error(XpayCodes.REPEATED, "order already delivered");
				case NOT_PAID -> error(XpayCodes.BAD_PARAMETER, "order is not paid");
				case NOT_FOUND -> error(XpayCodes.BAD_PARAMETER, "no such order");
			};
		});
	}

	private Map<String, Object> refund(XpayCall.Authorized call, String orderId, String openid, RefundRequest request) {
		Refunds.Outcome outcome = this.refunds.refund(call.appId(), call.env(), orderId, openid, request);
		if (outcome != Refunds.Outcome.REFUNDED) {
			return switch (outcome) {
				case REPEATED -> error(XpayCodes.REPEATED, "refund_order_id already used");
				case TOO_LARGE -> error(XpayCodes.AMOUNT_TOO_LARGE, "refund_fee is above the order's left_fee");
				case LEFT_FEE_MISMATCH -> error(XpayCodes.BAD_PARAMETER, "left_fee is not the order's left_fee");
				case NOT_PAID -> error(XpayCodes.BAD_PARAMETER, "order is not paid");
				default -> error(XpayCodes.BAD_PARAMETER, "no such order");
			};
		}
		Payment payment = this.payments.find(call.appId(), call.env(), orderId).orElseThrow();
		Map<String, Object> answer = ok();
		answer.put("refund_order_id", request.refundOrderId());
		answer.put("refund_wx_order_id", payment.id() + "-" + request.refundOrderId());
		answer.put("pay_order_id", payment.outTradeNo());
		answer.put("pay_wx_order_id", payment.id());
		return answer;
	}

	private Optional<Payment> order(XpayCall.Authorized call) {
		Optional<String> orderId = call.text("order_id");
		if (orderId.isPresent()) {
			return this.payments.find(call.appId(), call.env(), orderId.get());
		}
		return call.text("wx_order_id")
			.flatMap(this.payments::find)
			.filter((payment) -> payment.appId().equals(call.appId()) && payment.env() == call.env());
	}

	private Map<String, Object> run(String accessToken, String paySig, String uri, byte[] body,
			Function<XpayCall.Authorized, Map<String, Object>> operation) {
		XpayCall call = this.authenticator.authenticate(accessToken, paySig, uri, body);
		if (call instanceof XpayCall.Refused refused) {
			Map<String, Object> answer = error(refused.errcode(), refused.errmsg());
			if (refused.diagnosis() != null) {
				answer.put("diagnosis", refused.diagnosis());
			}
			log.atInfo().addKeyValue("uri", uri).addKeyValue("errcode", refused.errcode()).log("merchant API refused");
			return answer;
		}
		XpayCall.Authorized authorized = (XpayCall.Authorized) call;
		try {
			Map<String, Object> answer = operation.apply(authorized);
			log.atInfo()
				.addKeyValue("uri", uri)
				.addKeyValue("appId", authorized.appId())
				.addKeyValue("errcode", answer.get("errcode"))
				.log("merchant API answered");
			return answer;
		}
		catch (ConcurrencyFailureException ex) {
			return error(XpayCodes.SYSTEM_BUSY, "system busy: another request changed the order, retry");
		}
	}

	private static boolean isRefundOrderId(String id) {
		return !id.isBlank() && id.length() <= 64 && id.chars().noneMatch(Character::isISOControl);
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	static Map<String, Object> ok() {
		return error(0, "ok");
	}

	static Map<String, Object> error(int errcode, String errmsg) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("errcode", errcode);
		answer.put("errmsg", errmsg);
		return answer;
	}

	/**
	 * The {@code order} of query_order: times in Unix seconds (0 when not reached), fees
	 * in minor units, field names as the protocol spells them.
	 */
	static Map<String, Object> orderOf(Payment payment) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("order_id", payment.outTradeNo());
		order.put("status", payment.status().queryCode());
		order.put("order_fee", payment.orderFee());
		order.put("paid_fee", payment.paidFee());
		order.put("refund_fee", payment.refundFee());
		order.put("left_fee", payment.leftFee());
		order.put("create_time", seconds(payment.createdAt()));
		order.put("update_time", seconds(payment.updatedAt()));
		order.put("paid_time", seconds(payment.paidAt()));
		order.put("provide_time", seconds(payment.deliveredAt()));
		order.put("env_type", payment.env());
		order.put("wx_order_id", payment.id());
		return order;
	}

	private static long seconds(Instant instant) {
		return (instant != null) ? instant.getEpochSecond() : 0;
	}

}
