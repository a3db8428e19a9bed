package dev.vpaysandbox.benchmarks.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The load generator's command line (see bench/run.sh --help). */
record Options(Duration preWarm, Duration warmUp, Duration measure, int connections, boolean postgres, boolean jfr,
		String jvmOptions, Path work, Path mockJar, Path orderJar, Path bareJar, Path wiremockJar, int deliverySample,
		double pacedRate, List<String> only) {

	static Options parse(String[] args) {
		Duration preWarm = Duration.ofSeconds(30);
		Duration warmUp = Duration.ofSeconds(20);
		Duration measure = Duration.ofSeconds(30);
		int connections = 32;
		boolean postgres = false;
		boolean jfr = false;
		String jvmOptions = "-Xmx256m";
		Path work = Path.of("benchmarks/target/bench-run");
		Path mockJar = null;
		Path orderJar = null;
		Path bareJar = null;
		Path wiremockJar = Path.of("benchmarks/target/wiremock-standalone.jar");
		int deliverySample = 1000;
		double pacedRate = 0;
		List<String> only = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--prewarm" -> preWarm = Duration.ofSeconds(Long.parseLong(args[++i]));
				case "--warmup" -> warmUp = Duration.ofSeconds(Long.parseLong(args[++i]));
				case "--duration" -> measure = Duration.ofSeconds(Long.parseLong(args[++i]));
				case "--connections" -> connections = Integer.parseInt(args[++i]);
				case "--postgres" -> postgres = true;
				case "--jfr" -> jfr = true;
				case "--jvm-options" -> jvmOptions = args[++i];
				case "--work" -> work = Path.of(args[++i]);
				case "--mock-jar" -> mockJar = Path.of(args[++i]);
				case "--order-jar" -> orderJar = Path.of(args[++i]);
				case "--bare-jar" -> bareJar = Path.of(args[++i]);
				case "--wiremock-jar" -> wiremockJar = Path.of(args[++i]);
				case "--delivery-sample" -> deliverySample = Integer.parseInt(args[++i]);
				case "--paced-rate" -> pacedRate = Double.parseDouble(args[++i]);
				case "--only" -> only.addAll(List.of(args[++i].split(",")));
				default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		if (mockJar == null || orderJar == null || bareJar == null) {
			throw new IllegalArgumentException("--mock-jar, --order-jar and --bare-jar are required");
		}
		return new Options(preWarm, warmUp, measure, connections, postgres, jfr, jvmOptions, work.toAbsolutePath(),
				mockJar.toAbsolutePath(), orderJar.toAbsolutePath(), bareJar.toAbsolutePath(),
				wiremockJar.toAbsolutePath(), deliverySample, pacedRate, only);
	}

	boolean runs(String scenario) {
		return this.only.isEmpty() || this.only.contains(scenario);
	}

}
