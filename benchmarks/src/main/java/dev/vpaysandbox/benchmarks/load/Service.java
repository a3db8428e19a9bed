package dev.vpaysandbox.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service under test: its own JVM, started by the harness, timed from the process
 * start to the first 200 of its readiness URL; its resident memory read from
 * {@code /proc/<pid>/status}.
 */
final class Service {

	private static final HttpClient PROBE = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofMillis(500))
		.build();

	final String name;

	final int port;

	private final Process process;

	private final Path log;

	private Duration startUp;

	private double startUpCpuSeconds;

	private Service(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	static Service start(String name, int port, List<String> command, Map<String, String> environment, Path logDir,
			String readyPath, Duration timeout) {
		Path log = logDir.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(logDir.toFile());
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + name, ex);
		}
		Service service = new Service(name, port, process, log);
		service.awaitReady(readyPath, started, timeout);
		return service;
	}

	private void awaitReady(String readyPath, long started, Duration timeout) {
		HttpRequest probe = HttpRequest.newBuilder(URI.create(url(readyPath)))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		long deadline = started + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				if (PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					this.startUp = Duration.ofNanos(System.nanoTime() - started);
					this.startUpCpuSeconds = CpuMeter.ticks(pid()) * CpuMeter.MILLIS_PER_TICK / 1000;
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			sleep(20);
		}
		stop();
		throw new IllegalStateException(this.name + " not ready within " + timeout + "; see " + this.log);
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	Duration startUp() {
		return this.startUp;
	}

	/**
	 * CPU seconds the JVM spent until it was ready: start-up cost, whatever the
	 * neighbours do.
	 */
	double startUpCpuSeconds() {
		return this.startUpCpuSeconds;
	}

	long pid() {
		return this.process.pid();
	}

	/** VmRSS in kB, or -1 once the process is gone. */
	long rssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// gone
		}
		return -1;
	}

	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
