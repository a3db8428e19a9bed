package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed attempt to its end: sends its copies at once (or records it dropped),
 * records the results on the recording pool, frees its slot and wakes the dispatcher for
 * whatever falls due next. No thread waits on a receiver.
 */
final class AttemptRunner {

	private static final Logger log = LoggerFactory.getLogger(AttemptRunner.class);

	private final NotificationSender sender;

	private final AttemptRecorder recorder;

	private final NotificationMetrics metrics;

	private final DispatchSlots slots;

	private final ExecutorService recording;

	private final Wakeups wakeups;

	AttemptRunner(NotificationSender sender, AttemptRecorder recorder, NotificationMetrics metrics, DispatchSlots slots,
			ExecutorService recording, Wakeups wakeups) {
		this.sender = sender;
		this.recorder = recorder;
		this.metrics = metrics;
		this.slots = slots;
		this.recording = recording;
		this.wakeups = wakeups;
	}

	/** Starts the attempt; its slot is freed once its results are recorded. */
	void run(ClaimedAttempt claim) {
		this.metrics.lag(Duration.between(claim.dueAt(), claim.claimedAt()));
		if (claim.dropped()) {
			recordLater(claim, List.of(SendResult.dropped(claim.claimedAt())));
			return;
		}
		List<CompletableFuture<SendResult>> sends = claim.copies().stream().map(this.sender::send).toList();
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
			.whenComplete((done, error) -> recordLater(claim, sends.stream().map(CompletableFuture::join).toList()));
	}

	private void recordLater(ClaimedAttempt claim, List<SendResult> results) {
		try {
			this.recording.execute(() -> record(claim, results));
		}
		catch (RejectedExecutionException ex) {
			// stopping: the lease expires and an instance retries the notification
			this.slots.release(claim.appId());
		}
	}

	private void record(ClaimedAttempt claim, List<SendResult> results) {
		try {
			AttemptRecorder.Recorded recorded = this.recorder.record(claim, results);
			recorded.nextAttemptAt().ifPresent(this.wakeups::wakeAt);
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.setCause(ex)
				.addKeyValue("notificationId", claim.notificationId())
				.log("recording an attempt failed; its lease will expire and the notification be retried");
		}
		finally {
			this.slots.release(claim.appId());
			this.wakeups.wake();
		}
	}

	/** How an attempt asks the dispatcher to look for due notifications. */
	interface Wakeups {

		/** Look now. */
		void wake();

		/** Look when {@code due} has come. */
		void wakeAt(Instant due);

	}

}
