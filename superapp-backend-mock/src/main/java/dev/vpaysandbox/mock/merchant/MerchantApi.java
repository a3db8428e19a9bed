package dev.vpaysandbox.mock.merchant;

import java.util.Optional;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.merchant.XpayAnswer.Found;
import dev.vpaysandbox.mock.merchant.XpayAnswer.Refunded;
import dev.vpaysandbox.mock.merchant.XpayAnswer.Refusal;
import dev.vpaysandbox.mock.merchant.XpayMessages.InvalidBodyException;
import dev.vpaysandbox.mock.merchant.XpayRequests.OrderReference;
import dev.vpaysandbox.mock.merchant.XpayRequests.ProvideGoods;
import dev.vpaysandbox.mock.merchant.XpayRequests.QueryOrder;
import dev.vpaysandbox.mock.merchant.XpayRequests.RefundOrder;
import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.mock.payment.Payments;
import dev.vpaysandbox.mock.payment.RefundRequest;
import dev.vpaysandbox.mock.payment.Refunds;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * The merchant server APIs {@code /xpay/query_order}, {@code /xpay/refund_order} and
 * {@code /xpay/notify_provide_goods}: each authenticated by access_token and pay_sig, its
 * body then bound to its record, each answering an {@link XpayAnswer}. {@code order_id}
 * is the merchant's outTradeNo, {@code wx_order_id} the mock's payment id.
 */
@Service
class MerchantApi {

	private static final Logger log = LoggerFactory.getLogger(MerchantApi.class);

	private final XpayAuthenticator authenticator;

	private final XpayMessages messages;

	private final Payments payments;

	private final Refunds refunds;

	MerchantApi(XpayAuthenticator authenticator, XpayMessages messages, Payments payments, Refunds refunds) {
		this.authenticator = authenticator;
		this.messages = messages;
		this.payments = payments;
		this.refunds = refunds;
	}

	/** {@code query_order}: the buyer's order. */
	XpayAnswer queryOrder(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, QueryOrder.class,
				(call, query) -> order(call, query).filter((payment) -> payment.openid().equals(query.openid()))
					.<XpayAnswer>map((payment) -> new Found(XpayAnswer.Order.of(payment)))
					.orElseGet(MerchantApi::noSuchOrder));
	}

	/**
	 * {@code refund_order}: the order named by {@code order_id} or, without it,
	 * {@code wx_order_id}; partial refunds lower left_fee, a refund above it is
	 * 268490006, a repeated refund_order_id 268490004.
	 */
	XpayAnswer refundOrder(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, RefundOrder.class, this::refund);
	}

	/** {@code notify_provide_goods}: a paid order becomes delivered. */
	XpayAnswer notifyProvideGoods(String accessToken, String paySig, String uri, byte[] body) {
		return run(accessToken, paySig, uri, body, ProvideGoods.class, (call, goods) -> {
			Optional<Payment> payment = order(call, goods);
			if (payment.isEmpty()) {
				return noSuchOrder();
			}
			return switch (this.payments.provideGoods(call.appId(), call.env(), payment.get().outTradeNo())) {
				case DELIVERED -> XpayAnswer.ok();
				case ALREADY_DELIVERED -> new Refusal(XpayCodes.REPEATED, "order already delivered");
				case NOT_PAID -> new Refusal(XpayCodes.BAD_PARAMETER, "order is not paid");
				case NOT_FOUND -> noSuchOrder();
			};
		});
	}

	private XpayAnswer refund(XpayCall.Authorized call, RefundOrder refund) {
		// found as query_order finds it; the refund then names it by its outTradeNo
		Optional<Payment> payment = order(call, refund);
		if (payment.isEmpty()) {
			return noSuchOrder();
		}
		OutTradeNo orderId = payment.get().outTradeNo();
		RefundRequest request = new RefundRequest(refund.refundOrderId(), refund.refundFee(), refund.leftFee(),
				refund.refundReason(), refund.reqFrom());
		return switch (this.refunds.refund(call.appId(), call.env(), orderId, refund.openid(), request)) {
			case REFUNDED -> Refunded.of(this.payments.find(call.appId(), call.env(), orderId).orElseThrow(),
					request.refundOrderId());
			case REPEATED -> new Refusal(XpayCodes.REPEATED, "refund_order_id already used");
			case TOO_LARGE -> new Refusal(XpayCodes.AMOUNT_TOO_LARGE, "refund_fee is above the order's left_fee");
			case LEFT_FEE_MISMATCH -> new Refusal(XpayCodes.BAD_PARAMETER, "left_fee is not the order's left_fee");
			case NOT_PAID -> new Refusal(XpayCodes.BAD_PARAMETER, "order is not paid");
			case NOT_FOUND -> noSuchOrder();
		};
	}

	/** The order named by order_id, else by wx_order_id, of the call's app and env. */
	private Optional<Payment> order(XpayCall.Authorized call, OrderReference reference) {
		if (reference.orderId() != null) {
			return Optional.of(reference.orderId())
				.filter(OutTradeNo::isValid)
				.flatMap((number) -> this.payments.find(call.appId(), call.env(), new OutTradeNo(number)));
		}
		return Optional.ofNullable(reference.wxOrderId())
			.flatMap(this.payments::find)
			.filter((payment) -> payment.appId().equals(call.appId()) && payment.env() == call.env());
	}

	private <T> XpayAnswer run(String accessToken, String paySig, String uri, byte[] body, Class<T> type,
			BiFunction<XpayCall.Authorized, T, XpayAnswer> operation) {
		XpayCall call = this.authenticator.authenticate(accessToken, paySig, uri, body);
		if (call instanceof XpayCall.Refused refused) {
			log.atInfo().addKeyValue("uri", uri).addKeyValue("errcode", refused.errcode()).log("merchant API refused");
			return new Refusal(refused.errcode(), refused.errmsg(), refused.diagnosis());
		}
		XpayCall.Authorized authorized = (XpayCall.Authorized) call;
		XpayAnswer answer;
		try {
			answer = operation.apply(authorized, this.messages.bind(authorized.body(), type));
		}
		catch (InvalidBodyException ex) {
			answer = new Refusal(XpayCodes.BAD_PARAMETER, ex.getMessage());
		}
		catch (ConcurrencyFailureException ex) {
			answer = new Refusal(XpayCodes.SYSTEM_BUSY, "system busy: another request changed the order, retry");
		}
		log.atInfo()
			.addKeyValue("uri", uri)
			.addKeyValue("appId", authorized.appId())
			.addKeyValue("errcode", answer.errcode())
			.log("merchant API answered");
		return answer;
	}

	private static XpayAnswer noSuchOrder() {
		return new Refusal(XpayCodes.BAD_PARAMETER, "no such order");
	}

}
