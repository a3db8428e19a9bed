package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.time.Instant;

import dev.vpaysandbox.mock.system.SecureRandoms;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts the payment of an accepted pre-order check, paid at once or pending, in one
 * transaction with its delivery notification. The insert itself, under the unique
 * (app_id, env, out_trade_no), decides which of two racing calls wins.
 */
@Component
class PaymentOpener {

	private final PaymentRepository payments;

	private final Clock clock;

	PaymentOpener(PaymentRepository payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the outTradeNo
	 * is taken
	 */
	@Transactional
	Payment open(PaymentDraft draft, CashierMode cashier) {
		Instant now = this.clock.instant();
		Payment payment = Payment.open("mp" + SecureRandoms.hex(16), draft, now);
		if (cashier == CashierMode.PAY) {
			payment.markPaid(now);
		}
		return this.payments.saveAndFlush(payment);
	}

}
