package dev.vpaysandbox.e2e.docker;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

import dev.vpaysandbox.mock.SuperappBackendMockApplication;
import dev.vpaysandbox.order.OrderServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml checked without Docker: the start order is health-gated, and every
 * environment variable reaches the property it is meant for, as Spring Boot resolves the
 * apps' own configuration files (a misspelt variable would be silently ignored by a
 * container).
 */
class DockerComposeFileTests {

	private static final String MOCK = "superapp-backend-mock";

	private static final String ORDER = "order-service";

	private final ComposeFile compose = ComposeFile.load();

	@Test
	void postgresThenTheMockThenOrderServiceEachStartOnceTheOneBeforeIsHealthy() {
		assertThat(this.compose.serviceNames()).containsExactlyInAnyOrder("postgres", MOCK, ORDER);
		assertThat(ComposeFile.map(this.compose.service("postgres").get("healthcheck"))).containsKey("test");
		assertThat(this.compose.dependencyCondition(MOCK, "postgres")).isEqualTo("service_healthy");
		assertThat(this.compose.dependencyCondition(ORDER, MOCK)).isEqualTo("service_healthy");
	}

	@ParameterizedTest
	@CsvSource({ MOCK + "," + SuperappBackendMockApplication.CONFIG_NAME,
			ORDER + "," + OrderServiceApplication.CONFIG_NAME })
	void everyEnvironmentVariableSetsAPropertyTheAppKnows(String service, String configName) {
		assertThat(ConfigurationKeys.environmentVariables(configName))
			.containsAll(this.compose.environment(service).keySet());
	}

	@Test
	void theMockRunsOnItsOwnDatabaseAndItsDemoAppsNotifyOrderService() {
		StandardEnvironment mock = resolve(MOCK, SuperappBackendMockApplication.CONFIG_NAME);
		StandardEnvironment order = resolve(ORDER, OrderServiceApplication.CONFIG_NAME);

		assertThat(mock.getActiveProfiles()).containsExactly("postgres");
		assertThat(mock.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://postgres:5432/" + postgres().get("POSTGRES_DB"));
		assertThat(mock.getProperty("spring.datasource.username")).isEqualTo(postgres().get("POSTGRES_USER"));
		assertThat(mock.getProperty("spring.datasource.password")).isEqualTo(postgres().get("POSTGRES_PASSWORD"));
		String notifyUrl = "http://" + ORDER + ":" + order.getProperty("server.port") + "/notify/virtual-payment";
		assertThat(mock.getProperty("vpay.mock.seed.apps[0].notify-url")).isEqualTo(notifyUrl);
		assertThat(mock.getProperty("vpay.mock.seed.apps[1].notify-url")).isEqualTo(notifyUrl);
		assertThat(mock.getProperty("vpay.mock.pages.demo-url")).as("the home page's link, as a browser reaches it")
			.isEqualTo("http://localhost:8080/");
		assertThat(this.compose.containerPorts(MOCK)).containsExactly(mock.getProperty("server.port", Integer.class));
	}

	@Test
	void orderServiceRunsOnTheDatabaseTheInitScriptCreatesCallsTheMockAndAllowsPagesOfBothPorts() throws Exception {
		StandardEnvironment mock = resolve(MOCK, SuperappBackendMockApplication.CONFIG_NAME);
		StandardEnvironment order = resolve(ORDER, OrderServiceApplication.CONFIG_NAME);

		assertThat(order.getActiveProfiles()).containsExactly("postgres");
		assertThat(order.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/vpay_order");
		assertThat(java.nio.file.Files
			.readString(ComposeFile.REPOSITORY.resolve("docker/postgres-init/01-order-database.sql")))
			.contains("CREATE DATABASE vpay_order OWNER " + postgres().get("POSTGRES_USER"));
		assertThat(order.getProperty("spring.datasource.username")).isEqualTo(postgres().get("POSTGRES_USER"));
		assertThat(order.getProperty("vpay.order.platform.base-url"))
			.isEqualTo("http://" + MOCK + ":" + mock.getProperty("server.port"));
		assertThat(order.getProperty("vpay.order.reconciliation.min-age")).isEqualTo("10s");
		assertThat(Binder.get(order).bind("vpay.order.web.allowed-origins", Bindable.listOf(String.class)).get())
			.containsExactly("http://localhost:8081", "http://127.0.0.1:8081", "http://localhost:8080",
					"http://127.0.0.1:8080");
		assertThat(this.compose.containerPorts(ORDER)).containsExactly(order.getProperty("server.port", Integer.class));
	}

	private Map<String, String> postgres() {
		return this.compose.environment("postgres");
	}

	private StandardEnvironment resolve(String service, String configName) {
		return AppEnvironment.resolve(configName, this.compose.environment(service));
	}

}
