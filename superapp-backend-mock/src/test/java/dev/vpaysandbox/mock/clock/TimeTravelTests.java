package dev.vpaysandbox.mock.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Advancing walks from one due instant to the next, with the clock standing at each. */
class TimeTravelTests {

	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	final MutableClock system = MutableClock.at(START);

	final SandboxClock clock = new SandboxClock(this.system);

	@Test
	void runsWorkAtEachDueInstantInOrderIncludingWorkScheduledOnTheWay() {
		Retrying work = new Retrying(this.clock, List.of(Duration.ofSeconds(15), Duration.ofMinutes(3)));
		work.due.add(START.plusSeconds(10));
		TimeTravel travel = new TimeTravel(this.clock, List.of(work), Duration.ofSeconds(1));

		ClockState after = travel.advance(Duration.ofHours(1));

		assertThat(work.ranAt).containsExactly(START, START.plusSeconds(10), START.plusSeconds(25),
				START.plusSeconds(205), START.plusSeconds(3600));
		assertThat(work.clockAt).as("the clock stood at each step").isEqualTo(work.ranAt);
		assertThat(after.offset()).isEqualTo("PT1H");
		assertThat(this.clock.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
	}

	@Test
	void theWallTimeAWalkTakesPassesAtOnceSoTheOffsetIsExactlyWhatWasAsked() {
		Retrying work = new Retrying(this.clock, List.of(Duration.ofSeconds(15)));
		work.due.add(START.plusSeconds(10));
		ScheduledWork slow = new ScheduledWork() {

			@Override
			public Optional<Instant> nextDue(Instant after, Instant until) {
				return Optional.empty();
			}

			@Override
			public void runDue(Instant now, Duration patience) {
				TimeTravelTests.this.system.advance(Duration.ofMillis(300));
			}

		};
		TimeTravel travel = new TimeTravel(this.clock, List.of(work, slow), Duration.ofSeconds(1));

		travel.advance(Duration.ofMinutes(5));

		assertThat(work.clockAt).containsExactly(START, START.plusSeconds(10), START.plusSeconds(25),
				START.plusSeconds(300));
		assertThat(this.clock.offset()).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.clock.instant()).isEqualTo(this.system.instant().plus(Duration.ofMinutes(5)));
	}

	@Test
	void theClockRunsOnFromTheTargetAndResetGoesBackToTheSystemsTime() {
		TimeTravel travel = new TimeTravel(this.clock, List.of(), Duration.ofSeconds(1));
		travel.advance(Duration.ofMinutes(10));

		this.system.advance(Duration.ofSeconds(7));

		assertThat(this.clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(10)).plusSeconds(7));
		assertThat(this.clock.offset()).isEqualTo(Duration.ofMinutes(10));
		assertThat(travel.reset().offset()).isEqualTo("PT0S");
		assertThat(this.clock.instant()).isEqualTo(START.plusSeconds(7));
	}

	@Test
	void refusesNonPositiveTinyAndHugeAdvances() {
		TimeTravel travel = new TimeTravel(this.clock, List.of(), Duration.ofSeconds(1));

		for (Duration by : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofNanos(999),
				Duration.ofDays(3651))) {
			assertThatIllegalArgumentException().isThrownBy(() -> travel.advance(by));
		}
		assertThat(this.clock.offset()).isZero();
	}

	/**
	 * Work that is due at given instants and, each time it runs, falls due again after
	 * the next wait of its schedule, as a refused notification does.
	 */
	static final class Retrying implements ScheduledWork {

		final TreeSet<Instant> due = new TreeSet<>();

		final List<Instant> ranAt = new ArrayList<>();

		final List<Instant> clockAt = new ArrayList<>();

		private final SandboxClock clock;

		private final List<Duration> schedule;

		Retrying(SandboxClock clock, List<Duration> schedule) {
			this.clock = clock;
			this.schedule = new ArrayList<>(schedule);
		}

		@Override
		public Optional<Instant> nextDue(Instant after, Instant until) {
			return Optional.ofNullable(this.due.higher(after)).filter((next) -> !next.isAfter(until));
		}

		@Override
		public void runDue(Instant now, Duration patience) {
			this.ranAt.add(now);
			this.clockAt.add(this.clock.instant());
			if (this.due.remove(now) && !this.schedule.isEmpty()) {
				this.due.add(now.plus(this.schedule.remove(0)));
			}
		}

	}

}
