package dev.vpaysandbox.e2e.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The repository's {@code ./sandbox} script run as a process, with a data directory and
 * ports of its own (never {@code ./data}, 8080 or 8081), so that a developer's sandbox is
 * left alone. It starts the jars the reactor has just packaged ({@code --no-build}).
 */
final class SandboxScript {

	static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

	private final Path dataDir;

	private final int mockPort;

	private final int orderPort;

	SandboxScript(Path dataDir, int mockPort, int orderPort) {
		this.dataDir = dataDir;
		this.mockPort = mockPort;
		this.orderPort = orderPort;
	}

	Path dataDir() {
		return this.dataDir;
	}

	Path lockFile() {
		return this.dataDir.resolve("sandbox.pid");
	}

	int mockPort() {
		return this.mockPort;
	}

	int orderPort() {
		return this.orderPort;
	}

	/** The same data directory with other ports. */
	SandboxScript onPorts(int mockPort, int orderPort) {
		return new SandboxScript(this.dataDir, mockPort, orderPort);
	}

	/**
	 * Runs the script to its end (it must end within a minute) and returns what it said.
	 */
	Result run(String... args) {
		Path out = outputFile("run-out");
		Path err = outputFile("run-err");
		Process process = start(out, err, args);
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError("./sandbox " + String.join(" ", args) + " did not end within 60 s; it said: "
						+ read(out) + read(err));
			}
			return new Result(process.exitValue(), read(out), read(err));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts the script; its output goes to the given files. */
	Process start(Path stdout, Path stderr, String... args) {
		List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve("sandbox").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SANDBOX_DATA_DIR", this.dataDir.toString());
		environment.put("MOCK_PORT", Integer.toString(this.mockPort));
		environment.put("ORDER_PORT", Integer.toString(this.orderPort));
		environment.put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
		environment.put("JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot run ./sandbox", ex);
		}
	}

	Path outputFile(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "sandbox-script").toAbsolutePath());
			return Files.createTempFile(directory, name, ".txt");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A port nobody listens on right now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a finished run said.
	 *
	 * @param exitCode its exit code
	 * @param stdout its standard output
	 * @param stderr its standard error
	 */
	record Result(int exitCode, String stdout, String stderr) {

		List<String> stderrLines() {
			return this.stderr.lines().toList();
		}

	}

}
