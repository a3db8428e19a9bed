package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the mock's clock forward the way time would pass, only faster: from the current
 * instant to the next one at which any {@link ScheduledWork} falls due, where the clock
 * stands still while that work runs, then on to the next, and finally to the target; then
 * it runs on, exactly the sum of all advances ahead of the system's time. Work that a
 * step schedules within the advance (a retry 15 s after a failure) is found by the next
 * look, so a whole retry schedule runs in order with each attempt stamped at its own
 * instant. One advance at a time.
 */
public class TimeTravel {

	/** The furthest one advance may go: far enough for any expiry, short of overflow. */
	static final Duration LONGEST = Duration.ofDays(3650);

	/**
	 * Steps after which an advance stops stopping: what is still due then runs at the
	 * target instant.
	 */
	static final int MAX_STEPS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);

	private final SandboxClock clock;

	private final List<ScheduledWork> work;

	private final Duration patience;

	TimeTravel(SandboxClock clock, List<ScheduledWork> work, Duration patience) {
		this.clock = clock;
		this.work = List.copyOf(work);
		this.patience = patience;
	}

	/** Where the clock stands now. */
	public ClockState state() {
		return ClockState.of(this.clock);
	}

	/**
	 * Advances the clock by {@code by}, running everything that falls due on the way, and
	 * answers where it stands then.
	 * @throws IllegalArgumentException unless {@code by} is positive, whole microseconds
	 * at least, and at most {@link #LONGEST}
	 */
	public synchronized ClockState advance(Duration by) {
		if (by.isNegative() || by.truncatedTo(ChronoUnit.MICROS).isZero() || by.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("by must be positive, at least 1 microsecond and at most " + LONGEST);
		}
		Duration offset = this.clock.setOffset().plus(by.truncatedTo(ChronoUnit.MICROS));
		Instant now = this.clock.instant();
		Instant target = now.plus(by).truncatedTo(ChronoUnit.MICROS);
		int steps = 0;
		try {
			this.clock.freezeAt(now);
			runDue(now);
			for (Optional<Instant> next = nextDue(now, target); next.isPresent()
					&& steps < MAX_STEPS; next = nextDue(now, target)) {
				now = next.get();
				this.clock.freezeAt(now);
				runDue(now);
				steps++;
			}
			this.clock.freezeAt(target);
			runDue(target);
		}
		finally {
			this.clock.resume(offset);
		}
		log.atInfo()
			.addKeyValue("by", by)
			.addKeyValue("steps", steps)
			.addKeyValue("offset", this.clock.offset().truncatedTo(ChronoUnit.SECONDS))
			.log("test clock advanced");
		return state();
	}

	/** Back to the system's time; what was scheduled stays where it is. */
	public synchronized ClockState reset() {
		this.clock.reset();
		log.atInfo().log("test clock reset");
		return state();
	}

	private Optional<Instant> nextDue(Instant after, Instant until) {
		return this.work.stream()
			.map((each) -> each.nextDue(after, until))
			.flatMap(Optional::stream)
			.min(Instant::compareTo);
	}

	private void runDue(Instant now) {
		this.work.forEach((each) -> each.runDue(now, this.patience));
	}

}
