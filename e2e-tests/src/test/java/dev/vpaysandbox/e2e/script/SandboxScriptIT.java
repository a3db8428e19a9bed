package dev.vpaysandbox.e2e.script;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sandbox} checks everything before it changes anything: {@code --help} prints
 * the usage only, busy ports and a running sandbox are refused with one line, and neither
 * {@code --reset} nor a second start touches a running sandbox's files. One sandbox is
 * started (from the jars the reactor packaged) in a temporary data directory on free
 * ports, and stopped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxScriptIT {

	private static final Pattern OPTION_CASE = Pattern.compile("^\\s*(-[-a-z]+(?:\\s*\\|\\s*-[-a-z]+)*)\\)",
			Pattern.MULTILINE);

	private static final Pattern VARIABLE_WITH_DEFAULT = Pattern.compile("\\$\\{([A-Z_]+):-");

	@TempDir
	Path temp;

	private SandboxScript running;

	private Process runningProcess;

	private Path runningOut;

	@BeforeAll
	void startASandbox() throws IOException {
		Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "sandbox-script-data");
		this.running = new SandboxScript(data, SandboxScript.freePort(), SandboxScript.freePort());
		this.runningOut = this.running.outputFile("sandbox-out");
		this.runningProcess = this.running.start(this.runningOut, this.running.outputFile("sandbox-err"), "--no-build");
	}

	@AfterAll
	void stopTheSandbox() {
		if (this.runningProcess != null && this.runningProcess.isAlive()) {
			List<ProcessHandle> services = this.runningProcess.descendants().toList();
			this.runningProcess.destroy();
			services.forEach(ProcessHandle::destroy);
		}
	}

	@Test
	@Order(1)
	void helpPrintsTheWholeUsageAndNoLineOfTheScript() throws IOException {
		String script = Files.readString(SandboxScript.REPOSITORY.resolve("sandbox"));
		SandboxScript.Result help = new SandboxScript(this.temp.resolve("data"), 1, 2).run("--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.stderr()).isEmpty();
		assertThat(help.stdout()).startsWith("Usage: ./sandbox ");
		assertThat(help.stdout()).as("every option the script accepts is in its usage")
			.contains(optionsAccepted(script));
		assertThat(help.stdout()).as("every variable the script reads is in its usage").contains(variablesRead(script));
		assertThat(help.stdout().lines().map(String::strip).filter((line) -> !line.isEmpty()))
			.as("lines of the script's code in its usage")
			.doesNotContainAnyElementsOf(codeLines(script));
		assertThat(this.temp.resolve("data")).doesNotExist();
	}

	@Test
	@Order(2)
	void aBusyPortIsRefusedWithOneLineBeforeAnythingIsCreated() throws IOException {
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Path data = this.temp.resolve("busy-port-data");
			SandboxScript.Result refused = new SandboxScript(data, busy.getLocalPort(), SandboxScript.freePort())
				.run("--reset", "--no-build");

			assertThat(refused.exitCode()).isEqualTo(1);
			assertThat(refused.stderrLines()).singleElement()
				.asString()
				.contains("port " + busy.getLocalPort() + " (MOCK_PORT) is in use");
			assertThat(refused.stdout()).isEmpty();
			assertThat(data).doesNotExist();
		}
	}

	@Test
	@Order(3)
	void aStaleLockIsNotTakenForARunningSandboxAndStaysUntilEveryCheckPassed() throws Exception {
		Path data = Files.createDirectories(this.temp.resolve("stale-lock-data"));
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Path lock = Files.writeString(data.resolve("sandbox.pid"), "pid=" + gone.pid() + "\nports=1 and 2\n");
		Map<String, String> before = snapshot(data);

		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			SandboxScript.Result refused = new SandboxScript(data, SandboxScript.freePort(), busy.getLocalPort())
				.run("--no-build");

			assertThat(refused.stderrLines()).singleElement()
				.asString()
				.contains("port " + busy.getLocalPort() + " (ORDER_PORT) is in use");
		}
		assertThat(lock).exists();
		assertThat(snapshot(data)).isEqualTo(before);
	}

	@Test
	@Order(4)
	void resetIsRefusedWhileASandboxRunsAndEveryFileStaysAsItWas() {
		awaitRunning();
		Map<String, String> before = quietSnapshot(this.running.dataDir());

		SandboxScript.Result refused = this.running.run("--reset", "--no-build");

		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stdout()).isEmpty();
		assertThat(refused.stderrLines()).singleElement()
			.asString()
			.contains("--reset: refused, a sandbox is running from " + this.running.dataDir())
			.contains("kill " + this.runningProcess.pid());
		assertThat(snapshot(this.running.dataDir())).as("the data directory's files: size and modification time")
			.isEqualTo(before)
			.containsKeys("superapp-backend-mock.mv.db", "order-service.mv.db", "superapp-backend-mock.log",
					"order-service.log");
		assertThat(readiness(this.running.mockPort())).isEqualTo(200);
		assertThat(readiness(this.running.orderPort())).isEqualTo(200);
	}

	@Test
	@Order(5)
	void aSecondStartFromTheSameDataDirectoryIsRefusedWithOneLineAndTouchesNoLog() {
		awaitRunning();
		Map<String, String> before = quietSnapshot(this.running.dataDir());
		SandboxScript second = this.running.onPorts(SandboxScript.freePort(), SandboxScript.freePort());

		SandboxScript.Result refused = second.run("--no-build");

		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stdout()).isEmpty();
		assertThat(refused.stderrLines()).singleElement()
			.asString()
			.contains("a sandbox is already running from " + this.running.dataDir());
		assertThat(snapshot(this.running.dataDir())).isEqualTo(before);
		assertThat(listening(second.mockPort())).isFalse();
		assertThat(listening(second.orderPort())).isFalse();
		assertThat(readiness(this.running.orderPort())).isEqualTo(200);
	}

	@Test
	@Order(6)
	void stoppingTheSandboxStopsBothServicesAndRemovesItsLock() throws Exception {
		awaitRunning();
		assertThat(this.running.lockFile()).content().contains("pid=" + this.runningProcess.pid());
		List<ProcessHandle> services = this.runningProcess.descendants().toList();

		this.runningProcess.destroy();

		assertThat(this.runningProcess.waitFor(60, TimeUnit.SECONDS)).as("./sandbox ended after SIGTERM").isTrue();
		Awaitility.await("both services stopped")
			.atMost(Duration.ofSeconds(30))
			.until(() -> services.stream().noneMatch(ProcessHandle::isAlive));
		assertThat(this.running.lockFile()).doesNotExist();
		assertThat(listening(this.running.mockPort())).isFalse();
		assertThat(listening(this.running.orderPort())).isFalse();
	}

	private void awaitRunning() {
		Awaitility.await("./sandbox started both services")
			.atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				if (!this.runningProcess.isAlive()) {
					throw new AssertionError("./sandbox ended with " + this.runningProcess.exitValue() + ": "
							+ SandboxScript.read(this.runningOut));
				}
				return SandboxScript.read(this.runningOut).contains("vpay-sandbox is running");
			});
	}

	/** The options in the script's {@code case "$arg"} branches, e.g. {@code --reset}. */
	private static List<String> optionsAccepted(String script) {
		List<String> options = new ArrayList<>();
		Matcher matcher = OPTION_CASE.matcher(script);
		while (matcher.find()) {
			Stream.of(matcher.group(1).split("\\|")).map(String::strip).forEach(options::add);
		}
		assertThat(options).as("options found in the script").contains("--help", "--reset");
		return options;
	}

	/** The environment variables the script reads with a default, e.g. MOCK_PORT. */
	private static Set<String> variablesRead(String script) {
		Set<String> variables = VARIABLE_WITH_DEFAULT.matcher(script)
			.results()
			.map((match) -> match.group(1))
			.collect(Collectors.toSet());
		assertThat(variables).as("variables found in the script").contains("MOCK_PORT", "SANDBOX_DATA_DIR");
		return variables;
	}

	/** The script's lines outside its usage text, comments and blank lines left out. */
	private static Set<String> codeLines(String script) {
		String code = script.replaceAll("(?s)<<'USAGE'\n.*?\nUSAGE\n", "\n");
		return code.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#") && line.length() > 3)
			.collect(Collectors.toSet());
	}

	/** Each file's size and modification time, once two readings a second apart agree. */
	private static Map<String, String> quietSnapshot(Path directory) {
		AtomicReference<Map<String, String>> last = new AtomicReference<>(snapshot(directory));
		Awaitility.await("no file in " + directory + " changes for a second")
			.atMost(Duration.ofSeconds(20))
			.pollDelay(Duration.ofSeconds(1))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				Map<String, String> now = snapshot(directory);
				return now.equals(last.getAndSet(now));
			});
		return last.get();
	}

	private static Map<String, String> snapshot(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			Map<String, String> snapshot = new TreeMap<>();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				snapshot.put(directory.relativize(file).toString(),
						attributes.size() + " bytes, modified " + attributes.lastModifiedTime());
			}
			return snapshot;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list " + directory, ex);
		}
	}

	private static int readiness(int port) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
