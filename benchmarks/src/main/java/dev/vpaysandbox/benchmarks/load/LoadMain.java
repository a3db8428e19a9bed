package dev.vpaysandbox.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * bench/run.sh's load generator: starts the four services as separate JVMs, times their
 * start-up to readiness, runs the six scenarios one after the other in this one run, and
 * prints the figures as Markdown on standard output (progress goes to standard error).
 */
public final class LoadMain {

	private static final int BARE_PORT = 18090;

	private static final int WIREMOCK_PORT = 18091;

	private static final int MOCK_PORT = 18081;

	private static final int ORDER_PORT = 18080;

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private LoadMain() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Path work = options.work();
		deleteRecursively(work);
		Files.createDirectories(work);
		List<Service> services = new ArrayList<>();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(Service::stop)));
		try {
			run(options, work, services);
		}
		finally {
			services.forEach(Service::stop);
		}
	}

	private static void run(Options options, Path work, List<Service> services) throws Exception {
		Map<String, String> dbEnvironment = Map.of();
		Map<String, Map<String, String>> environments = new LinkedHashMap<>();
		if (options.postgres()) {
			String suffix = Long.toString(System.currentTimeMillis() / 1000, 36);
			environments.put("superapp-backend-mock", postgres("vpay_bench_mock_" + suffix));
			environments.put("order-service", postgres("vpay_bench_order_" + suffix));
		}
		progress("starting the services one after the other, each with " + options.jvmOptions());
		Service bare = Service.start(
				"bare Boot + JPA", BARE_PORT, java(options, work, "bare", options.bareJar(),
						"--server.port=" + BARE_PORT, "--vpay.data-dir=" + work.resolve("data")),
				dbEnvironment, work, "/bare/ready", START_TIMEOUT);
		services.add(bare);
		Service wiremock = Service.start("WireMock", WIREMOCK_PORT,
				java(options, work, "wiremock", options.wiremockJar(), "--port", Integer.toString(WIREMOCK_PORT),
						"--root-dir", wiremockRoot(work).toString(), "--no-request-journal", "--disable-banner"),
				dbEnvironment, work, "/__admin/health", START_TIMEOUT);
		services.add(wiremock);
		Service mock = Service.start("superapp-backend-mock", MOCK_PORT,
				java(options, work, "mock", options.mockJar(), "--server.port=" + MOCK_PORT,
						"--vpay.data-dir=" + work.resolve("data"),
						"--vpay.sandbox.order-service-url=http://127.0.0.1:" + ORDER_PORT),
				environments.getOrDefault("superapp-backend-mock", Map.of()), work, "/actuator/health/readiness",
				START_TIMEOUT);
		services.add(mock);
		// No reconciliation: two minutes after create order, whose ~100 000 orders are
		// never paid, it would ask the mock about each of them while the purchase
		// scenarios run, and charge that to their CPU and latencies.
		Service order = Service.start("order-service", ORDER_PORT,
				java(options, work, "order", options.orderJar(), "--server.port=" + ORDER_PORT,
						"--vpay.data-dir=" + work.resolve("data"),
						"--vpay.order.platform.base-url=http://127.0.0.1:" + MOCK_PORT,
						"--vpay.order.reconciliation.enabled=false"),
				environments.getOrDefault("order-service", Map.of()), work, "/actuator/health/readiness",
				START_TIMEOUT);
		services.add(order);
		for (Service service : services) {
			progress(String.format("  %-22s ready after %5.2f s (pid %d)", service.name, seconds(service.startUp()),
					service.pid()));
		}

		CpuMeter cpu = new CpuMeter(services);
		MemorySampler memory = new MemorySampler(services);
		Map<String, Long> rssReady = memory.sample();
		memory.start();
		Map<String, Map<String, Long>> rssAfter = new LinkedHashMap<>();
		Map<String, Duration> drained = new LinkedHashMap<>();
		List<ClosedLoop.Result> results = new ArrayList<>();
		Scenarios scenarios = new Scenarios(mock, order);
		scenarios.setUpBenchApp(wiremock.url("/notify/virtual-payment"));
		int connections = options.connections();
		String canned = Scenarios.cannedCall();

		preWarm(options, scenarios, bare, wiremock, canned);

		if (options.runs("bare")) {
			Http load = new Http();
			results.add(scenario(options, cpu, "bare endpoint",
					(thread) -> Scenarios.fixedPost(load, bare.url("/bare/echo"), canned)));
			rssAfter.put("bare endpoint", memory.sample());
		}
		if (options.runs("wiremock")) {
			Http load = new Http();
			results.add(scenario(options, cpu, "WireMock stub",
					(thread) -> Scenarios.fixedPost(load, wiremock.url(Scenarios.PAY_PATH), canned)));
			rssAfter.put("WireMock stub", memory.sample());
		}
		if (options.runs("payment")) {
			Http load = new Http();
			results.add(scenario(options, cpu, "mock payment", (thread) -> scenarios.payment(thread, load)));
			rssAfter.put("mock payment", memory.sample());
			drained.put("mock payment", scenarios.awaitOutboxDrained(Duration.ofMinutes(3)));
		}
		if (options.runs("code2session")) {
			progress("issuing login codes for code2session");
			List<Queue<String>> codes = scenarios.issueCodes(connections,
					options.warmUp().plus(options.measure()).plusSeconds(2));
			Http load = new Http();
			results.add(scenario(options, cpu, "code2session",
					(thread) -> scenarios.code2session(codes.get(thread), load)));
			rssAfter.put("code2session", memory.sample());
		}
		if (options.runs("order")) {
			Http load = new Http();
			results.add(scenario(options, cpu, "create order", (thread) -> scenarios.createOrder(thread, load)));
			rssAfter.put("create order", memory.sample());
		}
		Map<String, Scenarios.Delivery> deliveries = new LinkedHashMap<>();
		if (options.runs("purchase")) {
			Http load = new Http();
			results.add(scenario(options, cpu, "full purchase", options.connections(),
					(thread) -> scenarios.purchase(thread, load)));
			progress("reading payment and delivery times of up to " + options.deliverySample() + " purchases");
			deliveries.put("full purchase, " + options.connections() + " connections",
					scenarios.delivery(options.deliverySample(), Duration.ofSeconds(60)));
			rssAfter.put("full purchase", memory.sample());
			drained.put("full purchase", scenarios.awaitOutboxDrained(Duration.ofMinutes(3)));
		}
		if (options.runs("paced")) {
			// Delivery latency at a rate the services sustain, the way a team would load
			// them: a saturating closed loop only measures how fast the backlog grows.
			double rate = (options.pacedRate() > 0) ? options.pacedRate() : halfOf(results, "full purchase");
			if (rate > 0) {
				Http load = new Http();
				scenarios.purchases.clear();
				String name = String.format("full purchase, paced at %.0f/s", rate);
				results.add(pacedScenario(options, cpu, name, rate, (thread) -> scenarios.purchase(thread, load)));
				deliveries.put(name, scenarios.delivery(options.deliverySample(), Duration.ofSeconds(60)));
				rssAfter.put("paced purchase", memory.sample());
				drained.put(name, scenarios.awaitOutboxDrained(Duration.ofMinutes(3)));
			}
			else {
				progress(
						"paced purchase skipped: give --paced-rate, or run the full purchase to pace at half its rate");
			}
		}
		if (options.runs("probe")) {
			// Delivery latency without a saturating load: one buyer, one purchase after
			// the other.
			Http load = new Http();
			scenarios.purchases.clear();
			results.add(scenario(options, cpu, "full purchase, 1 connection", 1,
					(thread) -> scenarios.purchase(1000 + thread, load)));
			deliveries.put("full purchase, 1 connection",
					scenarios.delivery(options.deliverySample(), Duration.ofSeconds(60)));
			rssAfter.put("purchase, 1 connection", memory.sample());
		}
		memory.finish();
		String report = Report.markdown(options, services, results, deliveries, rssReady, rssAfter, memory.peaks(),
				drained);
		System.out.println(report);
		Files.writeString(work.resolve("report.md"), report);
	}

	/**
	 * One unmeasured round of the selected scenarios before the measured ones: the
	 * services' JIT compilers are still busy for minutes after start-up on two cores, and
	 * a scenario's own warm-up alone would leave that cost in the first scenarios'
	 * figures. Every process gets the same round, the bare app and WireMock too.
	 * code2session is left out (its login codes are issued per scenario); the logins of
	 * the set-up and the payments warm most of its path.
	 */
	private static void preWarm(Options options, Scenarios scenarios, Service bare, Service wiremock, String canned)
			throws Exception {
		if (options.preWarm().isZero()) {
			return;
		}
		Map<String, java.util.function.IntFunction<ClosedLoop.Call>> round = new LinkedHashMap<>();
		Http load = new Http();
		if (options.runs("bare")) {
			round.put("bare endpoint", (thread) -> Scenarios.fixedPost(load, bare.url("/bare/echo"), canned));
		}
		if (options.runs("wiremock")) {
			round.put("WireMock stub", (thread) -> Scenarios.fixedPost(load, wiremock.url(Scenarios.PAY_PATH), canned));
		}
		if (options.runs("payment")) {
			round.put("mock payment", (thread) -> scenarios.payment(thread, load));
		}
		if (options.runs("order")) {
			round.put("create order", (thread) -> scenarios.createOrder(thread, load));
		}
		if (options.runs("purchase") || options.runs("probe")) {
			round.put("full purchase", (thread) -> scenarios.purchase(thread, load));
		}
		for (var scenario : round.entrySet()) {
			progress("pre-warm " + scenario.getKey() + ": " + options.connections() + " connections, "
					+ options.preWarm().toSeconds() + " s, not measured");
			ClosedLoop.run("pre-warm " + scenario.getKey(), options.connections(), options.preWarm(), Duration.ZERO,
					scenario.getValue());
		}
		scenarios.awaitOutboxDrained(Duration.ofMinutes(3));
		scenarios.purchases.clear();
	}

	private static ClosedLoop.Result scenario(Options options, CpuMeter cpu, String name,
			java.util.function.IntFunction<ClosedLoop.Call> calls) {
		return scenario(options, cpu, name, options.connections(), calls);
	}

	private static ClosedLoop.Result scenario(Options options, CpuMeter cpu, String name, int connections,
			java.util.function.IntFunction<ClosedLoop.Call> calls) {
		return measure(options, cpu, name, connections,
				() -> ClosedLoop.run(name, connections, options.warmUp(), options.measure(), calls, cpu));
	}

	private static ClosedLoop.Result pacedScenario(Options options, CpuMeter cpu, String name, double perSecond,
			java.util.function.IntFunction<ClosedLoop.Call> calls) {
		return measure(options, cpu, name, options.connections(), () -> ClosedLoop.paced(name, options.connections(),
				perSecond, options.warmUp(), options.measure(), calls, cpu));
	}

	/** Announces a scenario, runs it and adds the CPU each process spent on it. */
	private static ClosedLoop.Result measure(Options options, CpuMeter cpu, String name, int connections,
			java.util.function.Supplier<ClosedLoop.Result> run) {
		progress("scenario " + name + ": " + connections + " connections, warm-up " + options.warmUp().toSeconds()
				+ " s, measured " + options.measure().toSeconds() + " s");
		ClosedLoop.Result result = run.get();
		result.cpuMillis().putAll(cpu.spentMillis());
		progress(String.format("  %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%s", result.perSecond(),
				result.p50Millis(), result.p99Millis(), result.errors(),
				(result.firstError() != null) ? " (first: " + result.firstError() + ")" : ""));
		Service.sleep(2000);
		return result;
	}

	/** Half the rate a scenario reached, or 0 if it did not run. */
	private static double halfOf(List<ClosedLoop.Result> results, String scenario) {
		return results.stream()
			.filter((result) -> result.name().equals(scenario))
			.mapToDouble((result) -> Math.floor(result.perSecond() / 2))
			.findFirst()
			.orElse(0);
	}

	private static List<String> java(Options options, Path work, String name, Path jar, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(options.jvmOptions().trim().split("\\s+")));
		if (options.jfr()) {
			command.add("-XX:FlightRecorderOptions:stackdepth=256");
			command.add("-XX:StartFlightRecording=filename=" + work.resolve(name + ".jfr") + ",settings=profile");
		}
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		return command;
	}

	private static Path wiremockRoot(Path work) throws IOException {
		Path mappings = Files.createDirectories(work.resolve("wiremock/mappings"));
		Files.writeString(mappings.resolve("pay.json"),
				stub(Scenarios.PAY_PATH, "{\\\"errMsg\\\":\\\"requestMidasPaymentGameItem:ok\\\"}"));
		Files.writeString(mappings.resolve("notify.json"), stub("/notify/virtual-payment",
				"{\\\"returnCode\\\":\\\"0\\\",\\\"returnMessage\\\":\\\"OK\\\",\\\"data\\\":\\\"OK\\\"}"));
		return work.resolve("wiremock");
	}

	private static String stub(String path, String escapedBody) {
		return "{\"request\":{\"method\":\"POST\",\"urlPath\":\"" + path + "\"},"
				+ "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\""
				+ escapedBody + "\"}}";
	}

	/**
	 * A fresh database on the local server (user postgres, trust), and the services'
	 * settings for it.
	 */
	private static Map<String, String> postgres(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL",
				"jdbc:postgresql://127.0.0.1:5432/" + database, "SPRING_DATASOURCE_USERNAME", "postgres",
				"SPRING_DATASOURCE_PASSWORD", "");
	}

	static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	static void progress(String line) {
		System.err.println(Instant.now().toString().substring(11, 19) + " " + line);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
