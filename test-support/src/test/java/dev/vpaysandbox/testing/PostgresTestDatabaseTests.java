package dev.vpaysandbox.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTestDatabaseTests {

	@Test
	void createsAnEmptyDatabaseOfItsOwn() throws Exception {
		PostgresTestDatabase.assumeAvailable();
		String url = PostgresTestDatabase.create("support");
		try (Connection connection = DriverManager.getConnection(url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password());
				ResultSet tables = connection.createStatement()
					.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
			tables.next();
			assertThat(url).contains("/support_");
			assertThat(tables.getInt(1)).isZero();
		}
	}

}
