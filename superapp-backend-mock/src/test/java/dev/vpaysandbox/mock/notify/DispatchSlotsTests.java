package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slots bound what is in flight, and stopping waits for the last one without polling. */
class DispatchSlotsTests {

	@Test
	void boundsAttemptsInAllAndPerApp() {
		DispatchSlots slots = new DispatchSlots(3, 2);

		assertThat(slots.tryAcquire("a")).isTrue();
		assertThat(slots.tryAcquire("a")).isTrue();
		assertThat(slots.tryAcquire("a")).isFalse();
		assertThat(slots.saturatedApps()).containsExactly("a");
		assertThat(slots.tryAcquire("b")).isTrue();
		assertThat(slots.tryAcquire("c")).isFalse();
		assertThat(slots.free()).isZero();
	}

	@Test
	void awaitIdleReturnsOnceTheLastSlotIsReleased() throws Exception {
		DispatchSlots slots = new DispatchSlots(4, 4);
		slots.tryAcquire("a");
		slots.tryAcquire("b");

		CompletableFuture<Boolean> idle = CompletableFuture.supplyAsync(() -> {
			try {
				return slots.awaitIdle(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		slots.release("a");
		assertThat(idle).isNotDone();
		slots.release("b");

		assertThat(idle.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void awaitIdleGivesUpAfterTheTimeout() throws InterruptedException {
		DispatchSlots slots = new DispatchSlots(4, 4);
		slots.tryAcquire("a");

		assertThat(slots.awaitIdle(Duration.ofMillis(50))).isFalse();
		assertThat(slots.inFlight()).isEqualTo(1);
	}

}
