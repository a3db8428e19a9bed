package dev.vpaysandbox.order.notify;

import org.junit.jupiter.api.BeforeAll;

import dev.vpaysandbox.testing.PostgresTestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same storm of duplicates on PostgreSQL, whose locking differs from H2's: the unique
 * constraints must still let exactly one delivery through.
 */
class ConcurrentNotificationPostgresIntegrationTests extends ConcurrentNotificationIntegrationTests {

	private static String url;

	@BeforeAll
	static void requirePostgres() {
		PostgresTestDatabase.assumeAvailable();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ConcurrentNotificationPostgresIntegrationTests::database);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

	private static synchronized String database() {
		if (url == null) {
			url = PostgresTestDatabase.create("order_notify");
		}
		return url;
	}

}
