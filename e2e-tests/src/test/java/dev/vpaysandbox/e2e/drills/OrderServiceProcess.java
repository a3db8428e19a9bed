package dev.vpaysandbox.e2e.drills;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * order-service as a real operating-system process, started from its executable jar
 * ({@code order-service/target/order-service-*-exec.jar}, built by the reactor before
 * this module's integration tests), so that a drill can kill it with SIGKILL.
 */
final class OrderServiceProcess {

	private final List<String> command;

	private final Path logDirectory;

	private final int port;

	private Process process;

	private int starts;

	OrderServiceProcess(int port, List<String> args, Path logDirectory) {
		this.port = port;
		this.logDirectory = logDirectory;
		this.command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
				"-jar", execJar().toString(), "--server.port=" + port));
		this.command.addAll(args);
	}

	/**
	 * Starts it and waits until it is ready; its output goes to a log file of its own.
	 */
	OrderServiceProcess start() {
		try {
			Files.createDirectories(this.logDirectory);
			File log = this.logDirectory.resolve("order-service-" + (++this.starts) + ".log").toFile();
			this.process = new ProcessBuilder(this.command).directory(this.logDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start order-service", ex);
		}
		awaitReady();
		return this;
	}

	/** SIGKILL: no shutdown hook, no graceful stop, in-flight requests cut. */
	void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	/** SIGTERM, a graceful stop. */
	void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			waitFor();
		}
	}

	/** The log files written so far, oldest first. */
	List<Path> logs() {
		List<Path> logs = new ArrayList<>();
		for (int i = 1; i <= this.starts; i++) {
			logs.add(this.logDirectory.resolve("order-service-" + i + ".log"));
		}
		return logs;
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	private void waitFor() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build();
		Awaitility.await("order-service process ready")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new AssertionError("order-service exited with " + this.process.exitValue() + ", see "
							+ logs().get(logs().size() - 1));
				}
				return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			});
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The reactor's freshly packaged exec jar of order-service. */
	static Path execJar() {
		Path target = Path.of("..", "order-service", "target").toAbsolutePath().normalize();
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "order-service-*-exec.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		catch (IOException ex) {
			// reported below
		}
		throw new AssertionError("no order-service-*-exec.jar in " + target
				+ ": run the drills through the reactor (./mvnw -pl e2e-tests -am verify), which packages it");
	}

}
