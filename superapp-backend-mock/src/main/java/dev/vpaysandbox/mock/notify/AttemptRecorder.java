package dev.vpaysandbox.mock.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.payment.DeliveryProgress;
import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how an attempt ended, in one transaction: a row per copy, then the notification
 * moves on (acknowledged, retried on the schedule, or dead) if this instance still holds
 * its lease, the payment becomes delivered on acknowledgement, and a sent attempt
 * releases its app's held earlier notifications (chaos {@code reverse}).
 */
@Component
class AttemptRecorder {

	private static final Logger log = LoggerFactory.getLogger(AttemptRecorder.class);

	private static final int TRIES = 3;

	private final NotificationRepository notifications;

	private final NotificationAttemptRepository attempts;

	private final DeliveryProgress progress;

	private final RetrySchedule schedule;

	private final NotificationMetrics metrics;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AttemptRecorder(NotificationRepository notifications, NotificationAttemptRepository attempts,
			DeliveryProgress progress, NotificationMetrics metrics, TransactionTemplate transaction, Clock clock,
			MockProperties properties) {
		this.notifications = notifications;
		this.attempts = attempts;
		this.progress = progress;
		this.schedule = new RetrySchedule(properties.notifications().timeScale());
		this.metrics = metrics;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Records the results of an attempt's copies, in the order of its copies, retrying
	 * when a concurrent change of the payment (a refund) got in the way.
	 */
	Recorded record(ClaimedAttempt claim, List<SendResult> results) {
		for (int tries = 1;; tries++) {
			try {
				Recorded recorded = this.transaction.execute((status) -> recordNow(claim, results));
				results.forEach((result) -> this.metrics.attempt(result.outcome()));
				if (recorded.died()) {
					this.metrics.died();
				}
				return recorded;
			}
			catch (OptimisticLockingFailureException ex) {
				if (tries == TRIES) {
					throw ex;
				}
			}
		}
	}

	private Recorded recordNow(ClaimedAttempt claim, List<SendResult> results) {
		Optional<Notification> found = this.notifications.findById(claim.notificationId());
		if (found.isEmpty()) {
			return Recorded.GONE;
		}
		for (int i = 0; i < results.size(); i++) {
			this.attempts.save(NotificationAttempt.of(claim.notificationId(), claim.attempt(), claim.owner(),
					claim.copies().get(i), results.get(i)));
		}
		Notification notification = found.get();
		if (!notification.holdsLease(claim.owner(), claim.attempt())) {
			log.atWarn()
				.addKeyValue("notificationId", claim.notificationId())
				.addKeyValue("attempt", claim.attempt())
				.log("attempt recorded after its lease passed to another claim; the notification is left as it is");
			return Recorded.GONE;
		}
		Instant now = this.clock.instant();
		boolean acknowledged = results.stream().anyMatch(SendResult::acknowledged);
		if (acknowledged) {
			notification.acknowledge(claim.owner(), claim.attempt(), now);
			this.progress.acknowledged(claim.paymentId());
		}
		else {
			notification.fail(claim.owner(), claim.attempt(), now, this.schedule.after(claim.attempt()));
			if (notification.status() == NotificationStatus.DEAD) {
				log.atWarn()
					.addKeyValue("notificationId", claim.notificationId())
					.addKeyValue("paymentId", claim.paymentId())
					.log("notification dead after " + claim.attempt() + " attempts");
			}
		}
		this.notifications.save(notification);
		boolean released = results.stream().anyMatch(SendResult::sent) && releaseHeld(notification, now);
		Optional<Instant> next = (notification.status() == NotificationStatus.READY)
				? Optional.of(notification.nextAttemptAt()) : Optional.empty();
		return new Recorded(next, released, notification.status() == NotificationStatus.DEAD);
	}

	/** Lets the app's held earlier notifications go now that a later one was sent. */
	private boolean releaseHeld(Notification sent, Instant now) {
		List<Notification> held = this.notifications.findByAppIdAndHeldTrueAndStatusAndIdLessThan(sent.appId(),
				NotificationStatus.READY, sent.id());
		held.forEach((notification) -> notification.release(now));
		return !held.isEmpty();
	}

	/**
	 * What the dispatcher needs to know after recording.
	 *
	 * @param nextAttemptAt when the notification is due again, if it is to be retried
	 * @param releasedHeld whether held notifications became due now
	 * @param died whether the notification died with this attempt
	 */
	record Recorded(Optional<Instant> nextAttemptAt, boolean releasedHeld, boolean died) {

		static final Recorded GONE = new Recorded(Optional.empty(), false, false);

	}

}
