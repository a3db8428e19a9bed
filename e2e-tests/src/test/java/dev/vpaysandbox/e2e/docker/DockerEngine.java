package dev.vpaysandbox.e2e.docker;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.utility.CommandLine;

/**
 * Whether the Docker engine and the {@code docker} command (with its compose plugin) that
 * the compose demo needs are here. Without them the calling test is skipped with a
 * message naming what is missing, unless {@code VPAY_TEST_DOCKER_REQUIRED=true}, which
 * makes it fail instead (as {@code VPAY_TEST_POSTGRES_REQUIRED} does for PostgreSQL).
 */
final class DockerEngine {

	private DockerEngine() {
	}

	static void assumeAvailable() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			skip("No Docker engine found (Testcontainers looked at DOCKER_HOST, ~/.testcontainers.properties and"
					+ " the default sockets), so the docker-compose demo is not tested here");
		}
		if (!CommandLine.executableExists(ComposeContainer.COMPOSE_EXECUTABLE)) {
			skip("A Docker engine answers, but the '" + ComposeContainer.COMPOSE_EXECUTABLE
					+ "' command (with its compose plugin) is not on the PATH, so the docker-compose demo is not tested");
		}
	}

	private static void skip(String message) {
		if (Boolean.parseBoolean(System.getenv("VPAY_TEST_DOCKER_REQUIRED"))) {
			Assertions.fail(message + " (VPAY_TEST_DOCKER_REQUIRED=true)");
		}
		Assumptions.abort(message + "; set VPAY_TEST_DOCKER_REQUIRED=true to make this a failure");
	}

}
