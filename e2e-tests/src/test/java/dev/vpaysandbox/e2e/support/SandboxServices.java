package dev.vpaysandbox.e2e.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.mock.SuperappBackendMockApplication;
import dev.vpaysandbox.order.OrderServiceApplication;
import dev.vpaysandbox.testing.PostgresTestDatabase;

/**
 * Both applications, each in its own Spring context in this JVM, on their own databases,
 * wired together the way {@code ./sandbox} wires them: the mock's demo apps notify
 * order-service, order-service calls the mock. order-service keeps a fixed port so it can
 * be stopped and started again while the mock keeps notifying the same URL.
 *
 * <p>
 * The databases are H2 files under {@code target/e2e-h2} by default, or fresh PostgreSQL
 * databases when {@code VPAY_E2E_DATABASE=postgres} (CI sets it).
 */
public final class SandboxServices implements AutoCloseable {

	/** The admin token of the mock these services start. */
	public static final String ADMIN_TOKEN = VpaySandbox.DEFAULT_ADMIN_TOKEN;

	private static SandboxServices shared;

	private final Database database;

	private final List<String> mockArgs;

	private final List<String> orderArgs;

	private final int orderPort;

	private final String mockDatabaseUrl;

	private final String orderDatabaseUrl;

	private ConfigurableApplicationContext mock;

	private ConfigurableApplicationContext order;

	private VpaySandbox sandbox;

	private SandboxServices(Builder builder) {
		this.database = builder.database;
		this.mockArgs = List.copyOf(builder.mockArgs);
		this.orderArgs = List.copyOf(builder.orderArgs);
		this.orderPort = freePort();
		this.mockDatabaseUrl = this.database.newUrl("e2e_mock");
		this.orderDatabaseUrl = this.database.newUrl("e2e_order");
	}

	/**
	 * The services most tests share, started once per JVM with the e2e defaults and
	 * stopped when the JVM exits. Tests that share them use their own users, so they do
	 * not see each other's orders.
	 */
	public static synchronized SandboxServices shared() {
		if (shared == null) {
			shared = builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/** A builder for services of one's own, e.g. with other settings. */
	public static Builder builder() {
		return new Builder();
	}

	/** The mock's base URL, e.g. {@code http://localhost:41234}. */
	public String mockUrl() {
		return "http://localhost:" + port(this.mock);
	}

	/**
	 * The sandbox client of the mock: its control API, the host app's login and payment
	 * calls, the cashier, the test clock.
	 */
	public VpaySandbox sandbox() {
		return this.sandbox;
	}

	/** order-service's base URL; the same across restarts. */
	public String orderUrl() {
		return "http://localhost:" + this.orderPort;
	}

	/** The mock's application context, for tests that look inside. */
	public ConfigurableApplicationContext mockContext() {
		return this.mock;
	}

	/** order-service's application context, for tests that look inside. */
	public ConfigurableApplicationContext orderContext() {
		return this.order;
	}

	/** The JDBC URL of the mock's database (a second mock instance may share it). */
	public String mockDatabaseUrl() {
		return this.mockDatabaseUrl;
	}

	/** The JDBC URL of order-service's database. */
	public String orderDatabaseUrl() {
		return this.orderDatabaseUrl;
	}

	/** Which database both apps run on. */
	public Database database() {
		return this.database;
	}

	/** Stops order-service (its database stays). */
	public void stopOrderService() {
		if (this.order != null) {
			this.order.close();
			this.order = null;
		}
	}

	/**
	 * Starts order-service again on the same port and database, and waits until it is
	 * ready.
	 */
	public void startOrderService() {
		List<String> args = new ArrayList<>(List.of("--server.port=" + this.orderPort,
				"--spring.datasource.url=" + this.orderDatabaseUrl, "--vpay.order.platform.base-url=" + mockUrl(),
				"--vpay.order.keys.retry-initial=100ms", "--vpay.order.reconciliation.interval=1s",
				"--vpay.order.reconciliation.min-age=3s", "--vpay.order.reconciliation.recheck-interval=1s"));
		args.addAll(this.database.credentialArgs());
		args.addAll(this.orderArgs);
		this.order = OrderServiceApplication.builder().run(args.toArray(String[]::new));
		awaitReady(orderUrl());
	}

	private SandboxServices start() {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + this.mockDatabaseUrl, "--vpay.sandbox.order-service-url=" + orderUrl()));
		args.addAll(this.database.credentialArgs());
		args.addAll(this.mockArgs);
		this.mock = SuperappBackendMockApplication.builder().run(args.toArray(String[]::new));
		awaitReady(mockUrl());
		this.sandbox = VpaySandbox.connect(mockUrl(), ADMIN_TOKEN);
		startOrderService();
		return this;
	}

	@Override
	public void close() {
		stopOrderService();
		if (this.mock != null) {
			this.mock.close();
			this.mock = null;
		}
	}

	private static void awaitReady(String baseUrl) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build();
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.until(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port for order-service", ex);
		}
	}

	/** The database both apps run on. */
	public enum Database {

		/**
		 * A file-based H2 database under {@code target/e2e-h2}, as {@code ./sandbox} runs
		 * them: a restarted app opens it again and finds its data. (An in-memory database
		 * kept open across a restart is not enough: H2 binds the check constraints it
		 * compiled to the first app's sessions, which the restart closes.)
		 */
		H2 {
			@Override
			public String newUrl(String prefix) {
				Path file = Path.of("target", "e2e-h2", prefix + "_" + UUID.randomUUID()).toAbsolutePath();
				return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;MAX_COMPACT_TIME=0";
			}

			@Override
			public List<String> credentialArgs() {
				return List.of();
			}
		},

		/** A fresh PostgreSQL database per app (test-support). */
		POSTGRES {
			@Override
			public String newUrl(String prefix) {
				PostgresTestDatabase.assumeAvailable();
				return PostgresTestDatabase.create(prefix);
			}

			@Override
			public List<String> credentialArgs() {
				return List.of("--spring.datasource.username=" + PostgresTestDatabase.user(),
						"--spring.datasource.password=" + PostgresTestDatabase.password());
			}
		};

		/** A new, empty database's JDBC URL, named after the prefix. */
		public abstract String newUrl(String prefix);

		/** The username and password arguments an app needs for it. */
		public abstract List<String> credentialArgs();

		/** PostgreSQL when {@code VPAY_E2E_DATABASE=postgres}, otherwise H2. */
		public static Database fromEnvironment() {
			return "postgres".equalsIgnoreCase(System.getenv("VPAY_E2E_DATABASE")) ? POSTGRES : H2;
		}

	}

	/** Settings for services of one's own. */
	public static final class Builder {

		private Database database = Database.fromEnvironment();

		private final List<String> mockArgs = new ArrayList<>();

		private final List<String> orderArgs = new ArrayList<>();

		private Builder() {
		}

		/** Runs both apps on this database. */
		public Builder database(Database database) {
			this.database = database;
			return this;
		}

		/** Adds a mock property, e.g. {@code --vpay.mock.key-grace=1m}. */
		public Builder mockArg(String arg) {
			this.mockArgs.add(arg);
			return this;
		}

		/** Adds an order-service property. */
		public Builder orderArg(String arg) {
			this.orderArgs.add(arg);
			return this;
		}

		/** Starts the mock, then order-service, and waits until both are ready. */
		public SandboxServices start() {
			return new SandboxServices(this).start();
		}

	}

}
