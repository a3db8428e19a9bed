package dev.vpaysandbox.benchmarks.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load generator's command line (see bench/run.sh --help), parsed by picocli.
 *
 * @param preWarm the pre-warm round
 * @param warmUp each scenario's warm-up
 * @param measure each scenario's measured time
 * @param connections concurrent connections of a closed-loop scenario
 * @param postgres whether the services run on PostgreSQL (fresh databases)
 * @param jfr whether the services record a flight recording
 * @param jvmOptions the services' JVM options
 * @param work where runs write their files
 * @param mockJar the mock's exec jar
 * @param orderJar order-service's exec jar
 * @param bareJar the bare app's jar
 * @param wiremockJar WireMock's standalone jar
 * @param deliverySample purchases whose delivery latency is measured
 * @param pacedRate purchases per second of the paced scenario, 0 for its default
 * @param only the scenarios to run, empty for all
 */
record Options(Duration preWarm, Duration warmUp, Duration measure, int connections, boolean postgres, boolean jfr,
		String jvmOptions, Path work, Path mockJar, Path orderJar, Path bareJar, Path wiremockJar, int deliverySample,
		double pacedRate, List<String> only) {

	Options {
		only = List.copyOf(only);
	}

	/**
	 * The options of a command line.
	 * @throws IllegalArgumentException naming an unknown option, a bad value or a missing
	 * jar
	 */
	static Options parse(String[] args) {
		Line line = new Line();
		try {
			new CommandLine(line).parseArgs(args);
		}
		catch (CommandLine.ParameterException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		return new Options(Duration.ofSeconds(line.preWarmSeconds), Duration.ofSeconds(line.warmUpSeconds),
				Duration.ofSeconds(line.measureSeconds), line.connections, line.postgres, line.jfr, line.jvmOptions,
				line.work.toAbsolutePath(), line.mockJar.toAbsolutePath(), line.orderJar.toAbsolutePath(),
				line.bareJar.toAbsolutePath(), line.wiremockJar.toAbsolutePath(), line.deliverySample, line.pacedRate,
				line.only);
	}

	boolean runs(String scenario) {
		return this.only.isEmpty() || this.only.contains(scenario);
	}

	/** The flags as picocli binds them; times in seconds. */
	@Command(name = "load")
	static final class Line {

		@Option(names = "--prewarm", paramLabel = "SECONDS")
		long preWarmSeconds = 30;

		@Option(names = "--warmup", paramLabel = "SECONDS")
		long warmUpSeconds = 20;

		@Option(names = "--duration", paramLabel = "SECONDS")
		long measureSeconds = 30;

		@Option(names = "--connections")
		int connections = 32;

		@Option(names = "--postgres")
		boolean postgres;

		@Option(names = "--jfr")
		boolean jfr;

		@Option(names = "--jvm-options")
		String jvmOptions = "-Xmx256m";

		@Option(names = "--work")
		Path work = Path.of("benchmarks/target/bench-run");

		@Option(names = "--mock-jar", required = true)
		Path mockJar;

		@Option(names = "--order-jar", required = true)
		Path orderJar;

		@Option(names = "--bare-jar", required = true)
		Path bareJar;

		@Option(names = "--wiremock-jar")
		Path wiremockJar = Path.of("benchmarks/target/wiremock-standalone.jar");

		@Option(names = "--delivery-sample")
		int deliverySample = 1000;

		@Option(names = "--paced-rate")
		double pacedRate;

		@Option(names = "--only", split = ",")
		List<String> only = new ArrayList<>();

	}

}
