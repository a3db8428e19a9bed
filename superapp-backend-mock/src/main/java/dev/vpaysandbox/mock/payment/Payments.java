package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to payments after the pre-order check: the cashier settles pending ones,
 * merchants deliver, the control API looks them up. Refunds are {@link Refunds}.
 */
@Service
public class Payments {

	private static final Logger log = LoggerFactory.getLogger(Payments.class);

	private final PaymentRepository payments;

	private final PaymentMetrics metrics;

	private final Clock clock;

	Payments(PaymentRepository payments, PaymentMetrics metrics, Clock clock) {
		this.payments = payments;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Payment> find(String paymentId) {
		return this.payments.findById(paymentId);
	}

	@Transactional(readOnly = true)
	public Optional<Payment> find(String appId, Env env, OutTradeNo outTradeNo) {
		return this.payments.findByAppIdAndEnvAndOutTradeNo(appId, env, outTradeNo);
	}

	/** The newest payments matching every given filter ({@code null} matches all). */
	@Transactional(readOnly = true)
	public List<Payment> search(String appId, PaymentStatus status, String outTradeNo, int limit) {
		List<Specification<Payment>> filters = new ArrayList<>();
		if (appId != null) {
			filters.add((root, query, cb) -> cb.equal(root.get("appId"), appId));
		}
		if (status != null) {
			filters.add((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (outTradeNo != null) {
			if (!OutTradeNo.isValid(outTradeNo)) {
				return List.of();
			}
			filters.add((root, query, cb) -> cb.equal(root.get("outTradeNo"), new OutTradeNo(outTradeNo)));
		}
		return this.payments
			.findAll(Specification.allOf(filters),
					PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "times.createdAt")))
			.getContent();
	}

	/** The user acts at the cashier on a pending payment: pay, cancel or fail it. */
	@Transactional
	public Settlement settle(String paymentId, CashierAction action) {
		Optional<Payment> found = this.payments.findById(paymentId);
		if (found.isEmpty()) {
			return new Settlement.NotFound(paymentId);
		}
		Payment payment = found.get();
		if (payment.status() != PaymentStatus.PENDING) {
			return new Settlement.NotPending(payment);
		}
		Instant now = this.clock.instant();
		switch (action) {
			case PAY -> payment.markPaid(now);
			case CANCEL -> payment.close(CloseReason.CANCELLED, now);
			case FAIL -> payment.close(CloseReason.FAILED, now);
		}
		this.payments.save(payment);
		String outcome = switch (action) {
			case PAY -> "paid";
			case CANCEL -> "cancelled";
			case FAIL -> "failed";
		};
		this.metrics.outcome(outcome);
		log.atInfo().addKeyValue("paymentId", paymentId).addKeyValue("outcome", outcome).log("payment settled");
		return new Settlement.Settled(payment);
	}

	/** {@code notify_provide_goods}: a paid payment becomes delivered. */
	@Transactional
	public Delivery provideGoods(String appId, Env env, OutTradeNo outTradeNo) {
		Optional<Payment> found = this.payments.findByAppIdAndEnvAndOutTradeNo(appId, env, outTradeNo);
		if (found.isEmpty()) {
			return Delivery.NOT_FOUND;
		}
		Payment payment = found.get();
		if (payment.status() == PaymentStatus.DELIVERED) {
			return Delivery.ALREADY_DELIVERED;
		}
		if (payment.status() != PaymentStatus.PAID && payment.status() != PaymentStatus.DELIVERING) {
			return Delivery.NOT_PAID;
		}
		payment.markDelivered(this.clock.instant());
		this.payments.save(payment);
		this.metrics.outcome("delivered");
		log.atInfo().addKeyValue("paymentId", payment.id()).log("goods provided");
		return Delivery.DELIVERED;
	}

	/** What the user does at the cashier. */
	public enum CashierAction {

		PAY, CANCEL, FAIL;

		/** The action of a control-API path segment: pay, cancel or fail. */
		public static Optional<CashierAction> fromPath(String segment) {
			for (CashierAction action : values()) {
				if (action.name().toLowerCase(Locale.ROOT).equals(segment)) {
					return Optional.of(action);
				}
			}
			return Optional.empty();
		}

	}

	/** The outcome of acting on a pending payment. */
	public sealed interface Settlement {

		/**
		 * The payment is paid or closed now.
		 *
		 * @param payment the payment
		 */
		record Settled(Payment payment) implements Settlement {
		}

		/**
		 * The payment was not pending; nothing changed.
		 *
		 * @param payment the payment
		 */
		record NotPending(Payment payment) implements Settlement {
		}

		/**
		 * There is no such payment.
		 *
		 * @param paymentId the id asked for
		 */
		record NotFound(String paymentId) implements Settlement {
		}

	}

	/** The outcome of {@code notify_provide_goods}. */
	public enum Delivery {

		DELIVERED, ALREADY_DELIVERED, NOT_PAID, NOT_FOUND

	}

}
