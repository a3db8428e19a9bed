package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Delivery metrics: attempts by outcome ({@code vpay_mock_notification_attempts_total}),
 * notifications that died ({@code vpay_mock_notifications_died_total}) and are dead now
 * ({@code vpay_mock_notifications_dead}), attempts in flight on this instance, claims
 * lost to another instance, and the dispatch lag from when an attempt was due to when it
 * was claimed ({@code vpay_mock_notification_dispatch_lag_seconds}).
 */
@Component
class NotificationMetrics {

	private final MeterRegistry registry;

	private final Counter died;

	private final Counter claimsLost;

	private final Timer lag;

	NotificationMetrics(MeterRegistry registry, NotificationRepository notifications) {
		this.registry = registry;
		this.died = registry.counter("vpay.mock.notifications.died");
		this.claimsLost = registry.counter("vpay.mock.notification.claims.lost");
		this.lag = Timer.builder("vpay.mock.notification.dispatch.lag")
			.description("from when an attempt was due to when it was claimed")
			.register(registry);
		Gauge
			.builder("vpay.mock.notifications.dead", notifications,
					(repository) -> repository.countByStatus(NotificationStatus.DEAD))
			.description("notifications dead now (redeliverable by hand)")
			.register(registry);
	}

	void attempt(AttemptOutcome outcome) {
		this.registry.counter("vpay.mock.notification.attempts", "outcome", outcome.tag()).increment();
	}

	void died() {
		this.died.increment();
	}

	void claimLost() {
		this.claimsLost.increment();
	}

	void lag(Duration lag) {
		this.lag.record(lag.isNegative() ? Duration.ZERO : lag);
	}

	/** Publishes this instance's attempts in flight. */
	void inFlight(IntSupplier inFlight) {
		Gauge.builder("vpay.mock.notifications.in.flight", inFlight::getAsInt)
			.description("attempts this instance has in flight")
			.register(this.registry);
	}

}
