package dev.vpaysandbox.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time each process spent during a measured period (utime + stime of
 * {@code /proc/<pid>/stat}, in clock ticks of 10 ms). Divided by the requests answered,
 * it is the cost of a request, which holds up on a shared machine better than requests
 * per second do.
 * <p>
 * Each service's JIT compiler threads (C1, C2) are also counted apart, under
 * {@code "<service> JIT"}: a Spring Boot service keeps compiling for minutes under load
 * on two cores, and that cost belongs to warming up, not to the request.
 */
final class CpuMeter implements ClosedLoop.Meter {

	static final double MILLIS_PER_TICK = 10;

	static final String LOAD_GENERATOR = "load generator";

	static final String JIT = " JIT";

	private final Map<String, Long> pids = new LinkedHashMap<>();

	private Map<String, Long> started;

	private Map<String, Double> spentMillis = Map.of();

	CpuMeter(List<Service> services) {
		for (Service service : services) {
			this.pids.put(service.name, service.pid());
		}
		this.pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
	}

	@Override
	public void start() {
		this.started = ticks();
	}

	@Override
	public void stop() {
		Map<String, Long> now = ticks();
		Map<String, Double> spent = new LinkedHashMap<>();
		now.forEach(
				(name, ticks) -> spent.put(name, (ticks - this.started.getOrDefault(name, ticks)) * MILLIS_PER_TICK));
		this.spentMillis = spent;
	}

	/** CPU milliseconds per process in the last measured period. */
	Map<String, Double> spentMillis() {
		return this.spentMillis;
	}

	private Map<String, Long> ticks() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		this.pids.forEach((name, pid) -> {
			ticks.put(name, ticks(pid));
			ticks.put(name + JIT, compilerTicks(pid));
		});
		return ticks;
	}

	/** CPU ticks of a JVM's JIT compiler threads so far. */
	static long compilerTicks(long pid) {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return threads.filter(CpuMeter::isCompilerThread).mapToLong(CpuMeter::threadTicks).sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static boolean isCompilerThread(Path thread) {
		try {
			String name = Files.readString(thread.resolve("comm")).trim();
			return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long threadTicks(Path thread) {
		return ticks(thread.resolve("stat"));
	}

	static long ticks(long pid) {
		return ticks(Path.of("/proc", Long.toString(pid), "stat"));
	}

	private static long ticks(Path statFile) {
		try {
			String stat = Files.readString(statFile);
			// fields after the command name, which is in parentheses and may hold spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
