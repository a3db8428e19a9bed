package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.clock.ScheduledWork;

import org.springframework.stereotype.Component;

/**
 * The outbox as work the test clock walks through: a notification is due at its next
 * attempt, an abandoned claim at the end of its lease. At each step the dispatcher is
 * woken and the outbox watched until nothing is due or in flight, so the attempt is made
 * and recorded, and its retry scheduled, while the clock stands at the step's instant.
 */
@Component
class NotificationSchedule implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

	/**
	 * How often the outbox is looked at while a step runs: the outbox, shared by every
	 * instance, is what says whether the step is done.
	 */
	private static final Duration LOOK_EVERY = Duration.ofMillis(5);

	private final NotificationRepository notifications;

	private final Dispatcher dispatcher;

	NotificationSchedule(NotificationRepository notifications, Dispatcher dispatcher) {
		this.notifications = notifications;
		this.dispatcher = dispatcher;
	}

	@Override
	public Optional<Instant> nextDue(Instant after, Instant until) {
		return Stream
			.of(this.notifications.firstDueBetween(NotificationStatus.READY, after, until),
					this.notifications.firstLeaseEndBetween(NotificationStatus.IN_FLIGHT, after, until))
			.flatMap(Optional::stream)
			.min(Instant::compareTo);
	}

	@Override
	public void runDue(Instant now, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (busy(now)) {
			if (System.nanoTime() > deadline) {
				log.atWarn()
					.addKeyValue("at", now)
					.log("notifications still due or in flight after the test clock's patience; moving on");
				return;
			}
			this.dispatcher.wake();
			try {
				Thread.sleep(LOOK_EVERY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private boolean busy(Instant now) {
		return this.notifications.countByStatusAndNextAttemptAtLessThanEqual(NotificationStatus.READY, now) > 0
				|| this.notifications.countByStatus(NotificationStatus.IN_FLIGHT) > 0;
	}

}
