package dev.vpaysandbox.order.order;

import org.junit.jupiter.api.BeforeAll;

import dev.vpaysandbox.testing.PostgresTestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same attaches on PostgreSQL, whose {@code varchar} counts code points where H2's
 * counts UTF-16 units: the stored signData must fit on both.
 */
class AttachPostgresIntegrationTests extends AttachIntegrationTests {

	private static String url;

	@BeforeAll
	static void requirePostgres() {
		PostgresTestDatabase.assumeAvailable();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", AttachPostgresIntegrationTests::database);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
	}

	private static synchronized String database() {
		if (url == null) {
			url = PostgresTestDatabase.create("order_attach");
		}
		return url;
	}

}
