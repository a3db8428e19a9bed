package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.clock.ScheduledWork;
import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a payment left at the cashier longer than {@code vpay.mock.cashier-timeout} (15
 * minutes): the user walked away, so the JS callback fails with -1 ({@code timeout}),
 * {@code query_order} says 6, and nothing is ever delivered. Swept every ten seconds, and
 * at each step of the test clock's walk, so advancing the clock past a payment's deadline
 * closes it at that instant. Each sweep reads only the payments created since the last
 * one's cutoff, on the creation-time index.
 */
@Component
class CashierTimeouts implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(CashierTimeouts.class);

	private static final int BATCH = 500;

	private final PaymentRepository payments;

	private final TransactionTemplate transaction;

	private final PaymentMetrics metrics;

	private final Clock clock;

	private final Duration timeout;

	/** Payments created up to here were swept while they were pending. */
	private Instant sweptUntil = Instant.EPOCH;

	CashierTimeouts(PaymentRepository payments, TransactionTemplate transaction, PaymentMetrics metrics, Clock clock,
			MockProperties properties) {
		this.payments = payments;
		this.transaction = transaction;
		this.metrics = metrics;
		this.clock = clock;
		this.timeout = properties.cashierTimeout();
	}

	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void sweep() {
		try {
			closeExpired(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.atWarn().setCause(ex).log("closing timed-out cashier payments failed; trying again at the next sweep");
		}
	}

	@Override
	public Optional<Instant> nextDue(Instant after, Instant until) {
		return this.payments
			.firstCreatedBetween(PaymentStatus.PENDING, after.minus(this.timeout), until.minus(this.timeout))
			.map((created) -> created.plus(this.timeout));
	}

	@Override
	public void runDue(Instant now, Duration patience) {
		closeExpired(now);
	}

	/** Closes every payment pending since {@code now} minus the timeout, or earlier. */
	synchronized void closeExpired(Instant now) {
		Instant cutoff = now.minus(this.timeout);
		if (!cutoff.isAfter(this.sweptUntil)) {
			// the test clock went back: start again from its cutoff
			this.sweptUntil = cutoff;
			return;
		}
		List<String> expired;
		do {
			expired = this.payments.idsCreatedBetween(PaymentStatus.PENDING, this.sweptUntil, cutoff, Limit.of(BATCH));
			expired.forEach((paymentId) -> close(paymentId, now));
		}
		while (expired.size() == BATCH);
		this.sweptUntil = cutoff;
	}

	private void close(String paymentId, Instant now) {
		try {
			boolean closed = Boolean.TRUE.equals(this.transaction.execute((status) -> this.payments.findById(paymentId)
				.filter((payment) -> payment.status() == PaymentStatus.PENDING)
				.map((payment) -> {
					payment.close(CloseReason.EXPIRED, now);
					this.payments.save(payment);
					return true;
				})
				.orElse(false)));
			if (closed) {
				this.metrics.outcome("expired");
				log.atInfo().addKeyValue("paymentId", paymentId).log("payment left at the cashier timed out");
			}
		}
		catch (OptimisticLockingFailureException ex) {
			// the user acted at the same moment, or another instance closed it: its
			// outcome
			// stands
		}
	}

}
