package dev.vpaysandbox.mock.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.vpaysandbox.mock.apps.App;
import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.mock.notify.EnvelopeFactory.Envelope;
import dev.vpaysandbox.mock.payment.DeliveryProgress;
import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due notifications for this instance, one transaction per row: the optimistic
 * update of the row decides which instance wins it, the lease keeps it reserved while the
 * attempt is in flight, and the same transaction marks the payment delivering and builds
 * what will be sent.
 */
@Component
class OutboxClaimer {

	/** Stands in for "no app" in a {@code not in} list, which may not be empty. */
	private static final List<String> NO_APP = List.of("");

	private final NotificationRepository notifications;

	private final NotificationAttemptRepository attempts;

	private final DeliveryProgress progress;

	private final Apps apps;

	private final EnvelopeFactory envelopes;

	private final NotificationMetrics metrics;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration lease;

	OutboxClaimer(NotificationRepository notifications, NotificationAttemptRepository attempts,
			DeliveryProgress progress, Apps apps, EnvelopeFactory envelopes, NotificationMetrics metrics,
			TransactionTemplate transaction, Clock clock, MockProperties properties) {
		this.notifications = notifications;
		this.attempts = attempts;
		this.progress = progress;
		this.apps = apps;
		this.envelopes = envelopes;
		this.metrics = metrics;
		this.transaction = transaction;
		this.clock = clock;
		this.lease = properties.notifications().lease();
	}

	/**
	 * Up to {@code limit} notifications claimable now, leaving out saturated apps: those
	 * whose claim expired first (they are overdue), then the READY ones, oldest due
	 * first.
	 */
	List<DueNotification> due(Set<String> saturatedApps, int limit) {
		Instant now = this.clock.instant();
		Collection<String> excluded = saturatedApps.isEmpty() ? NO_APP : saturatedApps;
		List<DueNotification> due = new ArrayList<>(
				this.notifications.findLeaseExpired(now, NotificationStatus.IN_FLIGHT, excluded, Limit.of(limit)));
		if (due.size() < limit) {
			due.addAll(
					this.notifications.findDue(now, NotificationStatus.READY, excluded, Limit.of(limit - due.size())));
		}
		return due;
	}

	/**
	 * Claims one notification, or answers empty if it is not due or another instance won
	 * it.
	 */
	Optional<ClaimedAttempt> claim(Long notificationId, String owner) {
		try {
			return Optional.ofNullable(this.transaction.execute((status) -> claimNow(notificationId, owner)));
		}
		catch (OptimisticLockingFailureException ex) {
			this.metrics.claimLost();
			return Optional.empty();
		}
	}

	private ClaimedAttempt claimNow(Long notificationId, String owner) {
		Notification notification = this.notifications.findById(notificationId).orElse(null);
		Instant now = this.clock.instant();
		if (notification == null || !notification.isClaimableAt(now)) {
			return null;
		}
		Instant dueAt = (notification.status() == NotificationStatus.IN_FLIGHT) ? notification.leaseUntil()
				: notification.nextAttemptAt();
		boolean manual = notification.redeliverFrom() != null;
		Optional<Notification.LostAttempt> lost = notification.claim(owner, now, this.lease);
		this.notifications.saveAndFlush(notification);
		lost.ifPresent((attempt) -> {
			this.attempts.save(NotificationAttempt.lost(notificationId, attempt));
			this.metrics.attempt(AttemptOutcome.LEASE_EXPIRED);
		});
		Payment payment = this.progress.started(notification.paymentId());
		String url = this.apps.find(notification.appId())
			.map(App::notifyUrl)
			.orElseThrow(() -> new IllegalStateException("no app " + notification.appId()));
		Faults faults = payment.faults();
		AttemptPlan plan = AttemptPlan.of(faults, notification.attempts(), manual);
		Envelope envelope = this.envelopes.build(payment, plan.tamperings());
		return new ClaimedAttempt(notificationId, notification.paymentId(), notification.appId(), owner,
				notification.attempts(), notification.leaseUntil(), dueAt, now, plan.dropped(),
				copies(plan, url, envelope, manual, faults.drops()));
	}

	private static List<Outgoing> copies(AttemptPlan plan, String url, Envelope envelope, boolean manual, int drops) {
		if (plan.dropped()) {
			return List.of(new Outgoing(0, AttemptKind.SCHEDULED, url, envelope.body(), envelope.maskedBody(),
					"drop=" + drops, envelope.keyUsed()));
		}
		List<Outgoing> copies = new ArrayList<>(plan.copies());
		for (int copy = 0; copy < plan.copies(); copy++) {
			AttemptKind kind = (copy > 0) ? AttemptKind.DUPLICATE : manual ? AttemptKind.MANUAL : AttemptKind.SCHEDULED;
			String faults = (copy > 0) ? join("duplicate", envelope.faults()) : envelope.faults();
			copies
				.add(new Outgoing(copy, kind, url, envelope.body(), envelope.maskedBody(), faults, envelope.keyUsed()));
		}
		return copies;
	}

	private static String join(String fault, String others) {
		return (others != null) ? fault + ", " + others : fault;
	}

}
