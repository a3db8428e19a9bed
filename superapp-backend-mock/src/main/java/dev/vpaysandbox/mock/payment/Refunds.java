package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds of paid payments: partial refunds lower left_fee, a full one makes the payment
 * REFUNDED; a repeated refund_order_id is refused by a unique constraint, races included.
 */
@Service
public class Refunds {

	private static final Logger log = LoggerFactory.getLogger(Refunds.class);

	private final PaymentRepository payments;

	private final RefundRepository refunds;

	private final PaymentMetrics metrics;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Refunds(PaymentRepository payments, RefundRepository refunds, PaymentMetrics metrics,
			TransactionTemplate transaction, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.metrics = metrics;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Refund> of(String paymentId) {
		return this.refunds.findByPaymentIdOrderByIdAsc(paymentId);
	}

	/** {@code refund_order} on the payment of (appId, env, outTradeNo) of this openid. */
	public Outcome refund(String appId, Env env, OutTradeNo outTradeNo, String openid, RefundRequest request) {
		try {
			return this.transaction.execute((status) -> refundInTransaction(appId, env, outTradeNo, openid, request));
		}
		catch (DataIntegrityViolationException ex) {
			return Outcome.REPEATED;
		}
	}

	private Outcome refundInTransaction(String appId, Env env, OutTradeNo outTradeNo, String openid,
			RefundRequest request) {
		Optional<Payment> found = this.payments.findByAppIdAndEnvAndOutTradeNo(appId, env, outTradeNo)
			.filter((payment) -> payment.openid().equals(openid));
		if (found.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		Payment payment = found.get();
		if (this.refunds.existsByPaymentIdAndRefundOrderId(payment.id(), request.refundOrderId())) {
			return Outcome.REPEATED;
		}
		if (!payment.status().isPaid()) {
			return Outcome.NOT_PAID;
		}
		if (request.refundFee() > payment.leftFee().minor()) {
			return Outcome.TOO_LARGE;
		}
		if (request.leftFee() != payment.leftFee().minor()) {
			return Outcome.LEFT_FEE_MISMATCH;
		}
		Instant now = this.clock.instant();
		payment.refund(new Money(request.refundFee(), payment.purchase().currency()), now);
		this.payments.save(payment);
		this.refunds.saveAndFlush(new Refund(payment.id(), request, now));
		this.metrics.outcome((payment.status() == PaymentStatus.REFUNDED) ? "refunded" : "partially_refunded");
		log.atInfo()
			.addKeyValue("paymentId", payment.id())
			.addKeyValue("refundFee", request.refundFee())
			.addKeyValue("leftFee", payment.leftFee().minor())
			.log("payment refunded");
		return Outcome.REFUNDED;
	}

	/** The outcome of {@code refund_order}. */
	public enum Outcome {

		REFUNDED, REPEATED, NOT_FOUND, NOT_PAID, TOO_LARGE, LEFT_FEE_MISMATCH

	}

}
