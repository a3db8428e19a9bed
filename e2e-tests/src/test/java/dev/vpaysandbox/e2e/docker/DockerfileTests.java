package dev.vpaysandbox.e2e.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.vpaysandbox.mock.SuperappBackendMockApplication;
import dev.vpaysandbox.order.OrderServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's Dockerfile, read as text: a build stage and a slim run stage, an
 * unprivileged user, and a health check on the port the app really listens on.
 */
class DockerfileTests {

	private final ComposeFile compose = ComposeFile.load();

	@ParameterizedTest
	@CsvSource({ "superapp-backend-mock," + SuperappBackendMockApplication.CONFIG_NAME,
			"order-service," + OrderServiceApplication.CONFIG_NAME })
	void buildsInOneStageAndRunsAsAnUnprivilegedUserWithAHealthCheck(String service, String configName)
			throws IOException {
		List<String> lines = instructions(Files.readString(this.compose.dockerfile(service)));
		List<String> runStage = lines.subList(lastIndexStartingWith(lines, "FROM "), lines.size());
		String port = AppEnvironment.resolve(configName, Map.of()).getProperty("server.port");

		assertThat(lines).filteredOn((line) -> line.startsWith("FROM ")).hasSize(2);
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("-pl " + service + " "));
		assertThat(runStage.get(0)).contains("-jre");
		assertThat(runStage).anySatisfy((line) -> assertThat(line).startsWith("COPY --from=build"));
		assertThat(runStage).filteredOn((line) -> line.startsWith("USER "))
			.singleElement()
			.satisfies(
					(user) -> assertThat(user).doesNotContain("root").isNotEqualTo("USER 0").isNotEqualTo("USER 0:0"));
		assertThat(runStage).contains("EXPOSE " + port);
		assertThat(runStage).filteredOn((line) -> line.startsWith("HEALTHCHECK "))
			.singleElement()
			.satisfies((check) -> assertThat(check).contains(":" + port + "/actuator/health/readiness"));
		assertThat(this.compose.containerPorts(service)).containsExactly(Integer.valueOf(port));
	}

	/** Instructions with continuation lines joined, comments and blank lines dropped. */
	private static List<String> instructions(String dockerfile) {
		return List.of(dockerfile.replaceAll("\\\\\\n\\s*", " ").split("\\n"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	private static int lastIndexStartingWith(List<String> lines, String prefix) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no " + prefix + "instruction");
	}

}
