package dev.vpaysandbox.order.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limit of key exchanges asked for by notifications and failed verifications: at
 * most one per interval per (appId, env), however many callers ask at once, so that
 * forged notifications cannot flood the platform. Also remembers when the exchange last
 * answered, whoever asked.
 */
final class OnDemandRefreshes {

	private final Duration interval;

	private final Map<String, Instant> lastAsked = new ConcurrentHashMap<>();

	private final Map<String, Instant> confirmedAt = new ConcurrentHashMap<>();

	OnDemandRefreshes(Duration interval) {
		this.interval = interval;
	}

	/** Whether the caller may ask now; if so, the next one may ask an interval later. */
	boolean tryAsk(String id, Instant now) {
		Instant previous = this.lastAsked.get(id);
		if (previous != null && now.isBefore(previous.plus(this.interval))) {
			return false;
		}
		// of callers that saw the same previous ask, only one wins
		return (previous == null) ? this.lastAsked.putIfAbsent(id, now) == null
				: this.lastAsked.replace(id, previous, now);
	}

	/** Notes that the key exchange answered for (appId, env) at {@code now}. */
	void confirmed(String id, Instant now) {
		this.confirmedAt.put(id, now);
	}

	/** Whether the keys were confirmed by the exchange less than an interval ago. */
	boolean isFresh(String id, Instant now) {
		Instant confirmed = this.confirmedAt.get(id);
		return confirmed != null && now.isBefore(confirmed.plus(this.interval));
	}

}
