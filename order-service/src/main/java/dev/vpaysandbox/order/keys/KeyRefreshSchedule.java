package dev.vpaysandbox.order.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the key exchange for the current keys every {@code refresh-interval}, so that new
 * orders sign with the key the platform uses now.
 */
@Component
class KeyRefreshSchedule {

	private static final Logger log = LoggerFactory.getLogger(KeyRefreshSchedule.class);

	private final AppKeyStore store;

	KeyRefreshSchedule(AppKeyStore store) {
		this.store = store;
	}

	@Scheduled(initialDelayString = "${vpay.order.keys.refresh-interval}",
			fixedDelayString = "${vpay.order.keys.refresh-interval}")
	void refresh() {
		try {
			this.store.refreshAll();
		}
		catch (RuntimeException ex) {
			log.atWarn().addKeyValue("reason", ex.getMessage()).log("Periodic key refresh failed; keeping the keys");
		}
	}

}
