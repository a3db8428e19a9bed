package dev.vpaysandbox.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for tests. The server is found through
 * {@code VPAY_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code VPAY_TEST_POSTGRES_USER}
 * (default {@code postgres}) and {@code VPAY_TEST_POSTGRES_PASSWORD}. Without a reachable
 * server the calling test is skipped with a message, unless
 * {@code VPAY_TEST_POSTGRES_REQUIRED=true} (CI sets it), which makes it fail instead.
 * Databases created here are dropped when the JVM exits.
 */
public final class PostgresTestDatabase {

	private static final String ADMIN_URL = env("VPAY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("VPAY_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = env("VPAY_TEST_POSTGRES_PASSWORD", "");

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private static volatile Boolean available;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropCreated));
	}

	private PostgresTestDatabase() {
	}

	/** Whether tests must fail rather than skip without PostgreSQL. */
	public static boolean required() {
		return Boolean.parseBoolean(env("VPAY_TEST_POSTGRES_REQUIRED", "false"));
	}

	/**
	 * Skips the calling test (or fails it when PostgreSQL is required) without a server.
	 */
	public static void assumeAvailable() {
		if (isAvailable()) {
			return;
		}
		String message = "PostgreSQL is not reachable at " + ADMIN_URL + " as " + USER
				+ "; set VPAY_TEST_POSTGRES_URL/USER/PASSWORD to run this test";
		if (required()) {
			Assertions.fail(message + " (VPAY_TEST_POSTGRES_REQUIRED=true)");
		}
		Assumptions.assumeTrue(false, message);
	}

	/** Whether the server answers. */
	public static boolean isAvailable() {
		if (available == null) {
			try (Connection connection = connect(ADMIN_URL)) {
				available = connection.isValid(2);
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

	/**
	 * Creates an empty database and returns its JDBC URL; call {@link #assumeAvailable()}
	 * first.
	 * @param prefix a readable prefix for the database name
	 */
	public static String create(String prefix) {
		String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
			.toLowerCase(Locale.ROOT);
		execute("CREATE DATABASE " + name);
		CREATED.add(name);
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
	}

	/** The user to connect as. */
	public static String user() {
		return USER;
	}

	/** The password to connect with, possibly empty. */
	public static String password() {
		return PASSWORD;
	}

	private static void dropCreated() {
		for (String name : CREATED) {
			try {
				execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (IllegalStateException ex) {
				// best effort at exit: a leftover test database harms nothing
			}
		}
	}

	private static void execute(String sql) {
		try (Connection connection = connect(ADMIN_URL); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + sql, ex);
		}
	}

	private static Connection connect(String url) throws SQLException {
		DriverManager.setLoginTimeout(3);
		return DriverManager.getConnection(url, USER, PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
