package dev.vpaysandbox.order;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import dev.vpaysandbox.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context most integration tests share: order-service on a random port, an
 * in-memory H2 database, the {@link FakePlatform}, a {@link MutableClock}, and no
 * scheduled reconciliation (tests run it by hand). Tests use fresh users, so they do not
 * see each other's data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + OrderServiceApplication.CONFIG_NAME,
				"spring.datasource.url=jdbc:h2:mem:order-service-tests;DB_CLOSE_DELAY=-1",
				"vpay.order.reconciliation.enabled=false", "vpay.order.keys.refresh-interval=1h",
				"vpay.order.keys.retry-initial=50ms" })
@Import(TestClockConfiguration.class)
public abstract class OrderServiceIntegrationTest {

	protected static final FakePlatform platform = FakePlatform.shared();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected TestApi api;

	@DynamicPropertySource
	static void platformUrl(DynamicPropertyRegistry registry) {
		registry.add("vpay.order.platform.base-url", platform::baseUrl);
	}

	@BeforeEach
	void connect() {
		this.api = new TestApi("http://localhost:" + this.port, platform);
		// grace windows end at the same instant for the platform and order-service
		platform.followClock(this.clock);
		// Keys are fetched at start-up; nothing can be signed before.
		await().until(() -> this.api.get("/actuator/health/readiness", null).status() == 200);
	}

	/** A user nobody else uses. */
	protected static String newUserId() {
		return "user-" + UUID.randomUUID();
	}

}
