package dev.vpaysandbox.signing.keys;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Rotation of an (appId, env)'s appKey: the new key signs at once, the old one is
 * accepted until the grace window, measured by the ring's clock, ends.
 */
class KeyRingRotationTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = MutableClock.at(START);

	private final KeyRing ring = new KeyRing(this.clock);

	private final Secret first = Secret.of("rotation-key-v1");

	private final Secret second = Secret.of("rotation-key-v2");

	@Test
	void startsAtVersionOneWithoutAPreviousKey() {
		AppKeys keys = this.ring.register("app", Env.SANDBOX, this.first);

		assertThat(keys.current()).isEqualTo(new AppKey(Env.SANDBOX, 1, this.first));
		assertThat(keys.previous()).isNull();
		assertThat(keys.acceptedAt(START)).extracting(AppKey::version).containsExactly(1);
		assertThat(this.ring.find("app", Env.SANDBOX)).contains(keys);
		assertThat(this.ring.find("app", Env.PRODUCTION)).isEmpty();
	}

	@Test
	void acceptsThePreviousKeyUntilTheGraceWindowEnds() {
		this.ring.register("app", Env.SANDBOX, this.first);
		this.clock.advance(Duration.ofMinutes(5));

		AppKeys rotated = this.ring.rotate("app", Env.SANDBOX, this.second, Duration.ofHours(24));

		assertThat(rotated.current()).isEqualTo(new AppKey(Env.SANDBOX, 2, this.second));
		assertThat(rotated.previousAcceptedUntil())
			.isEqualTo(START.plus(Duration.ofMinutes(5)).plus(Duration.ofHours(24)));
		this.clock.advance(Duration.ofHours(24).minusNanos(1));
		assertThat(rotated.acceptedAt(this.clock.instant())).extracting(AppKey::version).containsExactly(2, 1);
		assertThat(rotated.expiredPreviousAt(this.clock.instant())).isEmpty();
		this.clock.advance(Duration.ofNanos(1));
		assertThat(rotated.acceptedAt(this.clock.instant())).extracting(AppKey::version).containsExactly(2);
		assertThat(rotated.expiredPreviousAt(this.clock.instant())).map(AppKey::version).contains(1);
	}

	@Test
	void dropsTheOldestKeyOnASecondRotation() {
		this.ring.register("app", Env.PRODUCTION, this.first);
		this.ring.rotate("app", Env.PRODUCTION, this.second, Duration.ofHours(1));

		AppKeys twice = this.ring.rotate("app", Env.PRODUCTION, Secret.of("rotation-key-v3"), Duration.ofHours(1));

		assertThat(twice.current().version()).isEqualTo(3);
		assertThat(twice.previous()).isEqualTo(new AppKey(Env.PRODUCTION, 2, this.second));
		assertThat(twice.acceptedAt(this.clock.instant())).extracting(AppKey::secret).doesNotContain(this.first);
	}

	@Test
	void endsTheGraceWindowAtOnceForAZeroGrace() {
		this.ring.register("app", Env.PRODUCTION, this.first);

		AppKeys rotated = this.ring.rotate("app", Env.PRODUCTION, this.second, Duration.ZERO);

		assertThat(rotated.acceptedAt(this.clock.instant())).extracting(AppKey::version).containsExactly(2);
	}

	@Test
	void refusesANegativeGraceWindow() {
		this.ring.register("app", Env.PRODUCTION, this.first);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.ring.rotate("app", Env.PRODUCTION, this.second, Duration.ofSeconds(-1)));
		assertThat(this.ring.find("app", Env.PRODUCTION).orElseThrow().current().secret()).isEqualTo(this.first);
	}

	@Test
	void refusesToRotateAnAppWithoutKeys() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.ring.rotate("nobody", Env.PRODUCTION, this.second, Duration.ofHours(1)))
			.withMessageNotContaining(this.second.reveal());
	}

	@Test
	void keepsTheEnvsApart() {
		this.ring.register("app", Env.PRODUCTION, this.first);
		this.ring.register("app", Env.SANDBOX, this.second);

		this.ring.rotate("app", Env.SANDBOX, Secret.of("rotation-key-sandbox-v2"), Duration.ofHours(1));

		assertThat(this.ring.find("app", Env.PRODUCTION).orElseThrow().current().version()).isEqualTo(1);
		assertThat(this.ring.find("app", Env.SANDBOX).orElseThrow().current().version()).isEqualTo(2);
	}

	@Test
	void refusesInconsistentKeys() {
		AppKey env0 = new AppKey(Env.PRODUCTION, 1, this.first);
		AppKey env1 = new AppKey(Env.SANDBOX, 2, this.second);

		assertThatIllegalArgumentException().isThrownBy(() -> new AppKeys("app", Env.SANDBOX, env0, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new AppKeys("app", Env.SANDBOX, env1, null, START));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AppKeys("app", Env.SANDBOX, env1, new AppKey(Env.SANDBOX, 2, this.first), START));
		assertThatIllegalArgumentException().isThrownBy(() -> new AppKey(Env.SANDBOX, 0, this.first));
	}

}
