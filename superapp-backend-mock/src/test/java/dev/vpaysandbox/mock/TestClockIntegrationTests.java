package dev.vpaysandbox.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.ClockState;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Notification;
import dev.vpaysandbox.client.NotificationAttempt;
import dev.vpaysandbox.client.NotificationStatus;
import dev.vpaysandbox.client.SandboxProblemException;
import dev.vpaysandbox.mock.NotifyReceiver.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The test clock: its control API, and notification retries following it without waiting
 * (expiries: {@link TestClockExpiryIntegrationTests}).
 */
class TestClockIntegrationTests extends TestClockKitIntegrationTest {

	/** The protocol's retry schedule: the waits after attempts 1 to 15. */
	static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
			Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
			Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60),
			Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));

	@Test
	void readsAdvancesAndResetsTheClock() {
		Instant before = Instant.now();
		assertThat(this.sandbox.clock().now().offset()).isZero();

		ClockState advanced = this.sandbox.clock().advance(Duration.ofMinutes(10));

		assertThat(advanced.offset()).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.sandbox.clock().advance(Duration.ofMillis(1500)).offset())
			.isEqualTo(Duration.ofMinutes(10).plusMillis(1500));
		assertThat(advanced.now()).isAfterOrEqualTo(before.plus(Duration.ofMinutes(10)));
		assertThat(this.sandbox.clock().reset().offset()).isZero();
		assertThat(this.sandbox.clock().now().now()).isBefore(before.plus(Duration.ofMinutes(1)));
	}

	@Test
	void refusesAnythingButAPositiveIsoDurationWithAProblemDetail() {
		MockHttp http = new MockHttp(this.port);
		for (String body : List.of("{\"by\":\"PT-5M\"}", "{\"by\":\"PT0S\"}", "{\"by\":\"10 minutes\"}",
				"{\"by\":\"P1M\"}", "{\"by\":\"P3651D\"}", "{\"by\":\"\"}", "{}", "{\"by\":10}", "not json")) {
			MockHttp.Response refused = http.post("/sandbox/clock/advance", body, "Authorization", Sandbox.ADMIN);
			assertThat(refused.status()).as(body + " -> " + refused).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		SandboxProblemException negative = catchThrowableOfType(SandboxProblemException.class,
				() -> this.sandbox.clock().advance(Duration.ofMinutes(-5)));
		assertThat(negative.slug()).isEqualTo("invalid-request");
		assertThat(negative.problem().detail()).contains("positive");
		assertThat(http.post("/sandbox/clock/advance", "{\"by\":\"PT1H\"}").status()).as("without the admin token")
			.isEqualTo(401);
		assertThat(this.sandbox.clock().now().offset()).as("nothing moved").isZero();
	}

	@Test
	void advancingPastARetrysDueTimeRunsItBeforeTheAnswer() {
		this.receiver.answer(
				(request) -> (request.index() == 0) ? Reply.status(503, "{\"returnCode\":\"503\"}") : Reply.success());
		KitShop shop = KitShop.open(this.sandbox, this.receiver.url());
		JsApiResult paid = this.sandbox.pay(shop.swordOrder(shop.logIn(), shop.appKey()));
		Notification waiting = awaitAttempts(paid.paymentId(), 1);
		assertThat(waiting.status()).isEqualTo(NotificationStatus.READY);

		this.sandbox.clock().advance(Duration.ofSeconds(20));

		Notification acked = this.sandbox.notifications().ofPayment(paid.paymentId()).orElseThrow();
		assertThat(acked.status()).isEqualTo(NotificationStatus.ACKED);
		assertThat(acked.attempts()).extracting(NotificationAttempt::outcome)
			.containsExactly("REFUSED", "ACKNOWLEDGED");
		assertThat(Duration.between(acked.attempts().get(0).startedAt(), acked.attempts().get(1).startedAt()))
			.isBetween(Duration.ofSeconds(15), Duration.ofSeconds(16));
	}

	@Test
	void advancing25HoursWalksARefusedNotificationThroughTheWholeScheduleToDeadInSeconds() {
		this.receiver.answer((request) -> Reply.status(500, "{\"returnCode\":\"500\"}"));
		KitShop shop = KitShop.open(this.sandbox, this.receiver.url());
		JsApiResult paid = this.sandbox.pay(shop.swordOrder(shop.logIn(), shop.appKey()));
		awaitAttempts(paid.paymentId(), 1);

		long start = System.nanoTime();
		this.sandbox.clock().advance(Duration.ofHours(25));
		Duration wallTime = Duration.ofNanos(System.nanoTime() - start);

		Notification dead = this.sandbox.notifications().ofPayment(paid.paymentId()).orElseThrow();
		assertThat(dead.status()).isEqualTo(NotificationStatus.DEAD);
		assertThat(dead.attempts()).extracting(NotificationAttempt::attempt)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
		assertThat(dead.attempts()).allSatisfy((attempt) -> assertThat(attempt.httpStatus()).isEqualTo(500));
		assertThat(this.receiver.received()).hasSize(16);
		List<Duration> gaps = new ArrayList<>();
		for (int i = 1; i < dead.attempts().size(); i++) {
			gaps.add(Duration.between(dead.attempts().get(i - 1).startedAt(), dead.attempts().get(i).startedAt()));
		}
		// The first attempt was made in real time, so its retry is due 15 s after it was
		// recorded; every later attempt ran with the clock standing at its due instant.
		assertThat(gaps.get(0)).isBetween(SCHEDULE.get(0), SCHEDULE.get(0).plusSeconds(1));
		assertThat(gaps.subList(1, gaps.size())).containsExactlyElementsOf(SCHEDULE.subList(1, SCHEDULE.size()));
		assertThat(Duration.between(dead.attempts().get(0).startedAt(), dead.attempts().get(15).startedAt()))
			.isBetween(Duration.ofHours(24).plusMinutes(4), Duration.ofHours(24).plusMinutes(4).plusSeconds(1));
		assertThat(wallTime).as("wall time of the 25 h advance").isLessThan(Duration.ofSeconds(10));
		System.out.println("[test-clock] 25 h advance: 16 attempts to DEAD in " + wallTime.toMillis() + " ms");
	}

	@Test
	void theOpenApiDocumentDescribesTheClock() {
		String document = new MockHttp(this.port).get("/v3/api-docs").body();

		assertThat(document).contains("\"/sandbox/clock\"", "\"/sandbox/clock/advance\"", "\"/sandbox/clock/reset\"");
	}

	private Notification awaitAttempts(String paymentId, int attempts) {
		return Waiting.waiting()
			.until(() -> this.sandbox.notifications().ofPayment(paymentId),
					(found) -> found.isPresent() && found.get().attempts().size() >= attempts
							&& found.get().status() != NotificationStatus.IN_FLIGHT)
			.orElseThrow();
	}

}
