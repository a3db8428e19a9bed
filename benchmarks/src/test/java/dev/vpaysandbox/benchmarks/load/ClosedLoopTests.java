package dev.vpaysandbox.benchmarks.load;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClosedLoopTests {

	private static final Duration NO_WARM_UP = Duration.ZERO;

	@Test
	void pacedSendsAtTheRateGivenNotAsFastAsAnswersCome() {
		ClosedLoop.Result result = ClosedLoop.paced("paced", 2, 50, NO_WARM_UP, Duration.ofSeconds(1),
				(thread) -> () -> true, null);
		// instant answers: a closed loop would send hundreds of thousands in a second
		assertThat(result.requests()).isBetween(30L, 52L);
	}

	@Test
	void pacedCountsTheWaitOfARequestSentLateBehindASlowOne() {
		// one connection, a request every 10 ms, each answered after 50 ms: the
		// requests fall further behind their intended starts, and that wait is part of
		// their latency
		ClosedLoop.Result result = ClosedLoop.paced("slow", 1, 100, NO_WARM_UP, Duration.ofSeconds(1),
				(thread) -> () -> {
					Thread.sleep(50);
					return true;
				}, null);
		assertThat(result.p50Millis()).isGreaterThan(100);
		assertThat(result.p99Millis()).isGreaterThan(result.p50Millis());
	}

	@Test
	void closedLoopLatencyIsTheAnswerTimeOnly() {
		ClosedLoop.Result result = ClosedLoop.run("closed", 1, NO_WARM_UP, Duration.ofMillis(500), (thread) -> () -> {
			Thread.sleep(20);
			return true;
		});
		// each answer takes 20 ms; nothing queues behind it in a closed loop
		assertThat(result.p50Millis()).isGreaterThanOrEqualTo(20);
		assertThat(result.p99Millis()).isLessThan(500);
		assertThat(result.requests()).isBetween(2L, 26L);
	}

	@Test
	void aPaceMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> ClosedLoop.paced("none", 1, 0, NO_WARM_UP, Duration.ofSeconds(1), (thread) -> () -> true, null));
	}

}
