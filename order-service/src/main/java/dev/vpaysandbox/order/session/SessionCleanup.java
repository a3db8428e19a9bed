package dev.vpaysandbox.order.session;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions hourly. Safe: a user whose newest session expired has no valid
 * token left, so nothing needs their session_key any more.
 */
@Component
class SessionCleanup {

	private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

	private final UserSessionRepository repository;

	private final Clock clock;

	SessionCleanup(UserSessionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	void deleteExpired() {
		int deleted = this.repository.deleteExpiredBefore(this.clock.instant());
		if (deleted > 0) {
			log.atInfo().addKeyValue("deleted", deleted).log("Deleted expired sessions");
		}
	}

}
