package dev.vpaysandbox.mock.payment;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts pre-order checks by result code ({@code vpay_mock_preorder_checks_total}) and
 * payments by outcome ({@code vpay_mock_payments_total}).
 */
@Component
class PaymentMetrics {

	private final MeterRegistry registry;

	PaymentMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** One pre-order check answered {@code errCode} (0 when it accepted). */
	void checked(int errCode) {
		this.registry.counter("vpay.mock.preorder.checks", "result", String.valueOf(errCode)).increment();
	}

	/**
	 * A payment reached an outcome: pending, paid, cancelled, failed, delivered,
	 * refunded.
	 */
	void outcome(String outcome) {
		this.registry.counter("vpay.mock.payments", "outcome", outcome).increment();
	}

}
