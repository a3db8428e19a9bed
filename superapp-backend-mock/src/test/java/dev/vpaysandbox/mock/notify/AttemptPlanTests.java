package dev.vpaysandbox.mock.notify;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.chaos.Faults;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptPlanTests {

	@Test
	void sendsEveryAttemptCleanAndOnceWithoutFaults() {
		assertThat(AttemptPlan.of(Faults.NONE, 1, false)).isEqualTo(new AttemptPlan(false, List.of(), 1));
		assertThat(AttemptPlan.of(Faults.NONE, 7, false)).isEqualTo(new AttemptPlan(false, List.of(), 1));
	}

	@Test
	void dropsTheFirstAttemptsThenCountsTamperingsAndDuplicatesFromTheFirstSent() {
		Faults faults = Faults.parse("drop=2, corrupt-sig=2, duplicate=3");
		assertThat(AttemptPlan.of(faults, 1, false).dropped()).isTrue();
		assertThat(AttemptPlan.of(faults, 2, false).dropped()).isTrue();
		assertThat(AttemptPlan.of(faults, 3, false))
			.isEqualTo(new AttemptPlan(false, List.of(FaultType.CORRUPT_SIG), 4));
		assertThat(AttemptPlan.of(faults, 4, false))
			.isEqualTo(new AttemptPlan(false, List.of(FaultType.CORRUPT_SIG), 1));
		assertThat(AttemptPlan.of(faults, 5, false)).isEqualTo(new AttemptPlan(false, List.of(), 1));
	}

	@Test
	void sendsAnAttemptTriggeredByHandCleanWhateverTheFaults() {
		Faults faults = Faults.parse("drop=16, wrong-price=16, duplicate=2");
		assertThat(AttemptPlan.of(faults, 17, true)).isEqualTo(new AttemptPlan(false, List.of(), 1));
	}

}
