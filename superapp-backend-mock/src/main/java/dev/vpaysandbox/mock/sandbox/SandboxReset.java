package dev.vpaysandbox.mock.sandbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.apps.AppSeeder;
import dev.vpaysandbox.mock.clock.TimeTravel;
import dev.vpaysandbox.mock.journal.RequestJournal;
import dev.vpaysandbox.mock.payment.RecentChecks;
import dev.vpaysandbox.mock.system.ReferenceData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the sandbox and seeds it again from configuration, as a fresh start would:
 * seeded apps get new appKeys (unless configuration fixes them), so merchants must
 * exchange keys again; the test clock goes back to the system's time.
 */
@Service
class SandboxReset {

	private static final Logger log = LoggerFactory.getLogger(SandboxReset.class);

	/**
	 * Every table of the mock, children before parents, so deletes respect foreign keys.
	 */
	static final List<String> TABLES = List.of("notification_attempt", "notification", "refund", "payment", "scenario",
			"access_token", "user_session", "login_code", "item", "app_key", "app");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AppSeeder seeder;

	private final RecentChecks checks;

	private final RequestJournal journal;

	private final ReferenceData referenceData;

	private final TimeTravel clock;

	SandboxReset(JdbcTemplate jdbc, TransactionTemplate transaction, AppSeeder seeder, RecentChecks checks,
			RequestJournal journal, ReferenceData referenceData, TimeTravel clock) {
		this.referenceData = referenceData;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.seeder = seeder;
		this.checks = checks;
		this.journal = journal;
	}

	void reset() {
		this.transaction.executeWithoutResult((status) -> {
			this.referenceData.changed();
			TABLES.forEach((table) -> this.jdbc.update("delete from " + table));
		});
		this.checks.clear();
		this.journal.clear();
		this.clock.reset();
		this.seeder.seed();
		log.atWarn().log("sandbox reset to its seeded state");
	}

}
