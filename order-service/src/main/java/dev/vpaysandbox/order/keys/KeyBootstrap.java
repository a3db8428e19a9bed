package dev.vpaysandbox.order.keys;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.system.OrderServiceProperties;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Fetches the appKeys at start-up and, while any is missing, tries again after a pause
 * that Spring's {@link ExponentialBackOff} doubles from {@code retry-initial} up to
 * {@code retry-max}. Start-up never waits for the platform; readiness stays DOWN until
 * every key is known.
 */
@Component
class KeyBootstrap {

	private static final Logger log = LoggerFactory.getLogger(KeyBootstrap.class);

	private final AppKeyStore store;

	private final TaskScheduler scheduler;

	private final OrderServiceProperties.Keys settings;

	private volatile String lastFailure;

	private volatile int attempts;

	KeyBootstrap(AppKeyStore store, TaskScheduler scheduler, OrderServiceProperties properties) {
		this.store = store;
		this.scheduler = scheduler;
		this.settings = properties.keys();
	}

	@EventListener(ApplicationStartedEvent.class)
	void start() {
		ExponentialBackOff pauses = new ExponentialBackOff(this.settings.retryInitial().toMillis(), 2.0);
		pauses.setMaxInterval(this.settings.retryMax().toMillis());
		attempt(pauses.start());
	}

	private void attempt(BackOffExecution pauses) {
		this.attempts++;
		try {
			this.store.fetchMissing();
		}
		catch (RuntimeException ex) {
			this.lastFailure = ex.getMessage();
		}
		List<String> missing = this.store.missing();
		if (missing.isEmpty()) {
			this.lastFailure = null;
			log.atInfo().addKeyValue("attempts", this.attempts).log("All appKeys known; ready");
			return;
		}
		Duration pause = Duration.ofMillis(pauses.nextBackOff());
		log.atWarn()
			.addKeyValue("missing", missing)
			.addKeyValue("attempt", this.attempts)
			.addKeyValue("retryIn", pause)
			.addKeyValue("reason", this.lastFailure)
			.log("appKeys not yet known; retrying the key exchange");
		this.scheduler.schedule(() -> attempt(pauses), this.scheduler.getClock().instant().plus(pause));
	}

	/** Why the last attempt failed, or {@code null}. */
	String lastFailure() {
		return this.lastFailure;
	}

}
