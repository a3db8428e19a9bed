package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.mock.system.SecureRandoms;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts the payment of an accepted pre-order check, paid at once or pending, in one
 * transaction with its delivery notification; a chaos scenario may have the cashier
 * decline or cancel it instead. The insert itself, under the unique (app_id, env,
 * out_trade_no), decides which of two racing calls wins.
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
			cashierOutcome(draft.faults()).ifPresentOrElse((reason) -> payment.close(reason, now),
					() -> payment.markPaid(now));
		}
		return this.payments.saveAndFlush(payment);
	}

	/** How the cashier ends a payment the user would pay, when a scenario says so. */
	static Optional<CloseReason> cashierOutcome(Faults faults) {
		if (faults.has(FaultType.DECLINE)) {
			return Optional.of(CloseReason.FAILED);
		}
		if (faults.has(FaultType.CANCEL)) {
			return Optional.of(CloseReason.CANCELLED);
		}
		return Optional.empty();
	}

}
