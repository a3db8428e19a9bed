package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the delivery dispatcher tells a payment: its first attempt started (PAID →
 * DELIVERING, query_order status 3) or the merchant acknowledged it (→ DELIVERED, status
 * 4). Joins the caller's transaction; a payment that moved on (refunded, or delivered by
 * notify_provide_goods) stays as it is.
 */
@Service
public class DeliveryProgress {

	private static final Logger log = LoggerFactory.getLogger(DeliveryProgress.class);

	private final PaymentRepository payments;

	private final PaymentMetrics metrics;

	private final Clock clock;

	DeliveryProgress(PaymentRepository payments, PaymentMetrics metrics, Clock clock) {
		this.payments = payments;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** The first attempt is under way; answers the payment the notification is about. */
	@Transactional
	public Payment started(String paymentId) {
		Payment payment = require(paymentId);
		if (payment.status() == PaymentStatus.PAID) {
			payment.markDelivering(this.clock.instant());
			this.payments.save(payment);
		}
		return payment;
	}

	/** The merchant acknowledged the notification. */
	@Transactional
	public void acknowledged(String paymentId) {
		Payment payment = require(paymentId);
		if (payment.status() == PaymentStatus.PAID || payment.status() == PaymentStatus.DELIVERING) {
			payment.markDelivered(this.clock.instant());
			this.payments.save(payment);
			this.metrics.outcome("delivered");
			log.atInfo().addKeyValue("paymentId", paymentId).log("delivery acknowledged");
		}
	}

	/** The payments of these ids that exist. */
	@Transactional(readOnly = true)
	public List<Payment> findAll(Collection<String> paymentIds) {
		return this.payments.findAllById(paymentIds);
	}

	@Transactional(readOnly = true)
	public Optional<Payment> find(String paymentId) {
		return this.payments.findById(paymentId);
	}

	private Payment require(String paymentId) {
		return this.payments.findById(paymentId)
			.orElseThrow(() -> new IllegalStateException(
					"a notification names payment " + paymentId + ", which does not exist"));
	}

}
