package dev.vpaysandbox.mock.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.Threads;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The delivery dispatcher of this instance. One thread finds due notifications (woken at
 * once by a commit, by a finished attempt or by a short retry's timer, and polling as a
 * fallback); a pool of workers claims each, in its own transaction, and hands it to the
 * {@link AttemptRunner}, whose outcomes the same pool records. Slots bound what is in
 * flight, overall and per app. On stop it claims nothing more and lets open attempts
 * finish; a crash leaves their leases to expire, after which any instance retries them.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final Duration DRAIN_MARGIN = Duration.ofSeconds(2);

	private final String instance = InstanceName.create();

	private final OutboxClaimer claimer;

	private final NotificationSender sender;

	private final AttemptRecorder recorder;

	private final NotificationMetrics metrics;

	private final Clock clock;

	private final MockProperties.Notify settings;

	private final DispatchSlots slots;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	/**
	 * Notifications handed to a worker and not claimed yet, so a second look skips them.
	 */
	private final Set<Long> claiming = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private ScheduledExecutorService loop;

	private ExecutorService workers;

	private AttemptRunner runner;

	Dispatcher(OutboxClaimer claimer, NotificationSender sender, AttemptRecorder recorder, NotificationMetrics metrics,
			Clock clock, MockProperties properties) {
		this.claimer = claimer;
		this.sender = sender;
		this.recorder = recorder;
		this.metrics = metrics;
		this.clock = clock;
		this.settings = properties.notifications();
		this.slots = new DispatchSlots(this.settings.maxInFlight(), this.settings.maxInFlightPerApp());
		metrics.inFlight(this.slots::inFlight);
	}

	/** This instance's name, the owner of its leases. */
	String instance() {
		return this.instance;
	}

	@Override
	public synchronized void start() {
		this.loop = Executors.newSingleThreadScheduledExecutor(Threads.daemon("notify-dispatch"));
		// Claims and records used to run on one and two threads: under a saturating load
		// they got a thread's share of the CPU against dozens of request threads, and
		// payments waited seconds for their first attempt (bench/run.sh, BENCHMARKS.md).
		this.workers = Executors.newFixedThreadPool(this.settings.workers(), Threads.daemon("notify-work"));
		this.runner = new AttemptRunner(this.sender, this.recorder, this.metrics, this.slots, this.workers,
				new AttemptRunner.Wakeups() {

					@Override
					public void wake() {
						Dispatcher.this.wake();
					}

					@Override
					public void wakeAt(Instant due) {
						Dispatcher.this.wakeAt(due);
					}

				});
		this.running = true;
		this.loop.scheduleWithFixedDelay(this::dispatchDue, 0, this.settings.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		log.atInfo().addKeyValue("instance", this.instance).log("notification dispatcher started");
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.loop.shutdownNow();
		try {
			// open attempts finish (or time out) and record their outcome
			if (!this.slots.awaitIdle(this.settings.timeout().plus(DRAIN_MARGIN))) {
				log.atWarn().addKeyValue("inFlight", this.slots.inFlight()).log("stopping with attempts still open");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.workers.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Looks for due notifications at once (coalesced: one look at a time is queued). */
	void wake() {
		if (this.running && this.wakeQueued.compareAndSet(false, true)) {
			try {
				this.loop.execute(() -> {
					this.wakeQueued.set(false);
					dispatchDue();
				});
			}
			catch (RejectedExecutionException ex) {
				this.wakeQueued.set(false);
			}
		}
	}

	/** Wakes when something falls due sooner than the next poll would notice. */
	void wakeAt(Instant due) {
		Duration wait = Duration.between(this.clock.instant(), due);
		if (!this.running || wait.compareTo(this.settings.pollInterval()) >= 0) {
			return;
		}
		try {
			this.loop.schedule(this::wake, Math.max(0, wait.toMillis()) + 1, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping: nothing more is claimed
		}
	}

	private void dispatchDue() {
		try {
			int free = this.slots.free();
			if (!this.running || free <= 0) {
				return;
			}
			List<DueNotification> due = this.claimer.due(this.slots.saturatedApps(), free);
			for (DueNotification candidate : due) {
				if (this.running && !this.claiming.contains(candidate.id())
						&& this.slots.tryAcquire(candidate.appId())) {
					startClaim(candidate);
				}
			}
			if (due.size() >= free) {
				wake();
			}
		}
		catch (RuntimeException ex) {
			// keep polling: the database may be back at the next look
			log.atWarn().setCause(ex).log("dispatching notifications failed; retrying at the next poll");
		}
	}

	/** Hands a candidate, whose slot is taken, to a worker. */
	private void startClaim(DueNotification candidate) {
		this.claiming.add(candidate.id());
		try {
			this.workers.execute(() -> {
				try {
					claimAndStart(candidate);
				}
				finally {
					this.claiming.remove(candidate.id());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// stopping: nothing more is claimed
			this.claiming.remove(candidate.id());
			this.slots.release(candidate.appId());
		}
	}

	/**
	 * Claims and starts one notification; one that cannot be claimed never stops the
	 * others.
	 */
	private void claimAndStart(DueNotification candidate) {
		Optional<ClaimedAttempt> claimed;
		try {
			claimed = this.claimer.claim(candidate.id(), this.instance);
		}
		catch (RuntimeException ex) {
			this.slots.release(candidate.appId());
			log.atWarn()
				.setCause(ex)
				.addKeyValue("notificationId", candidate.id())
				.log("claiming a notification failed; it is tried again at the next look");
			return;
		}
		claimed.ifPresentOrElse(this.runner::run, () -> this.slots.release(candidate.appId()));
	}

}
