package dev.vpaysandbox.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * A closed loop: N threads, each sending its next request as soon as the previous one is
 * answered, for a warm-up and then a measured period. Latencies of requests started in
 * the measured period go to an HdrHistogram (microseconds); a request answered with
 * anything but the expected outcome, or failing, is an error.
 * <p>
 * {@linkplain #paced Paced}, the same threads send at a fixed rate instead: each request
 * has its intended start, and its latency counts from there, so a request sent late
 * because an earlier one was slow counts the wait too (no coordinated omission).
 */
final class ClosedLoop {

	private static final long HIGHEST_MICROS = 60_000_000L;

	private enum Phase {

		WARM_UP, MEASURE, DONE

	}

	/** One thread's requests. */
	interface Call {

		/**
		 * Sends one request.
		 * @return whether the answer was the expected one
		 * @throws Exhausted when this thread has nothing more to send
		 */
		boolean run() throws Exception;

	}

	/** Told when the measured period starts and ends. */
	interface Meter {

		void start();

		void stop();

	}

	/** Thrown by a call whose pre-generated inputs are used up. */
	static final class Exhausted extends RuntimeException {

		Exhausted() {
			super("inputs used up", null, false, false);
		}

	}

	private static final ThreadLocal<Boolean> MEASURING = ThreadLocal.withInitial(() -> false);

	private ClosedLoop() {
	}

	/**
	 * Whether the request the calling worker is sending counts (it started in the
	 * measured period).
	 */
	static boolean measuring() {
		return MEASURING.get();
	}

	static Result run(String name, int connections, Duration warmUp, Duration measure, IntFunction<Call> calls) {
		return run(name, connections, warmUp, measure, calls, null);
	}

	static Result run(String name, int connections, Duration warmUp, Duration measure, IntFunction<Call> calls,
			Meter meter) {
		return run(name, connections, 0, warmUp, measure, calls, meter);
	}

	/**
	 * Sends {@code perSecond} requests a second in all, spread evenly over the
	 * connections, whatever the answer times.
	 */
	static Result paced(String name, int connections, double perSecond, Duration warmUp, Duration measure,
			IntFunction<Call> calls, Meter meter) {
		if (!(perSecond > 0)) {
			throw new IllegalArgumentException("a pace must be above 0 requests a second, not " + perSecond);
		}
		return run(name, connections, (long) (connections * 1e9 / perSecond), warmUp, measure, calls, meter);
	}

	private static Result run(String name, int connections, long intervalNanos, Duration warmUp, Duration measure,
			IntFunction<Call> calls, Meter meter) {
		List<Call> perThread = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			perThread.add(calls.apply(i));
		}
		AtomicReference<Phase> phase = new AtomicReference<>(Phase.WARM_UP);
		AtomicReference<String> firstError = new AtomicReference<>();
		Worker[] workers = new Worker[connections];
		long firstStart = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			workers[i] = new Worker(perThread.get(i), phase, firstError, intervalNanos,
					firstStart + intervalNanos * i / connections);
			workers[i].setName(name + "-" + i);
			workers[i].start();
		}
		Service.sleep(warmUp.toMillis());
		if (meter != null) {
			meter.start();
		}
		long start = System.nanoTime();
		phase.set(Phase.MEASURE);
		long deadline = start + measure.toNanos();
		while (System.nanoTime() < deadline && anyAlive(workers)) {
			Service.sleep(20);
		}
		long end = Math.min(System.nanoTime(), deadline);
		phase.set(Phase.DONE);
		if (meter != null) {
			meter.stop();
		}
		Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
		long errors = 0;
		long lastAnswer = start;
		for (Worker worker : workers) {
			join(worker);
			latencies.add(worker.latencies);
			errors += worker.errors;
			lastAnswer = Math.max(lastAnswer, worker.lastAnswer);
		}
		// A pool used up early ends the period at its last answer.
		long elapsed = (anyExhausted(workers) ? Math.min(end, lastAnswer) : end) - start;
		return new Result(name, connections, Duration.ofNanos(elapsed), latencies, errors, firstError.get(),
				new java.util.LinkedHashMap<>());
	}

	private static boolean anyAlive(Worker[] workers) {
		for (Worker worker : workers) {
			if (worker.isAlive()) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyExhausted(Worker[] workers) {
		for (Worker worker : workers) {
			if (worker.exhausted) {
				return true;
			}
		}
		return false;
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static final class Worker extends Thread {

		private final Call call;

		private final AtomicReference<Phase> phase;

		private final AtomicReference<String> firstError;

		final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);

		long errors;

		long lastAnswer;

		boolean exhausted;

		/** Between this worker's intended starts when paced, 0 in a closed loop. */
		private final long intervalNanos;

		private long intended;

		Worker(Call call, AtomicReference<Phase> phase, AtomicReference<String> firstError, long intervalNanos,
				long firstStart) {
			this.call = call;
			this.phase = phase;
			this.firstError = firstError;
			this.intervalNanos = intervalNanos;
			this.intended = firstStart;
			setDaemon(true);
		}

		/** When the next request counts as started: now, or its slot in the pace. */
		private long nextStart() {
			if (this.intervalNanos == 0) {
				return System.nanoTime();
			}
			long start = this.intended;
			this.intended += this.intervalNanos;
			long wait;
			while ((wait = start - System.nanoTime()) > 0 && this.phase.get() != Phase.DONE) {
				LockSupport.parkNanos(wait);
			}
			return start;
		}

		@Override
		public void run() {
			for (;;) {
				long started = nextStart();
				Phase now = this.phase.get();
				if (now == Phase.DONE) {
					return;
				}
				boolean measured = now == Phase.MEASURE;
				MEASURING.set(measured);
				boolean ok;
				try {
					ok = this.call.run();
				}
				catch (Exhausted ex) {
					this.exhausted = true;
					return;
				}
				catch (Exception ex) {
					this.firstError.compareAndSet(null, ex.toString());
					ok = false;
				}
				long answered = System.nanoTime();
				if (measured) {
					this.latencies.recordValue(Math.min(HIGHEST_MICROS, (answered - started) / 1000));
					this.lastAnswer = answered;
					if (!ok) {
						this.errors++;
					}
				}
			}
		}

	}

	/** One scenario's figures. */
	record Result(String name, int connections, Duration elapsed, Histogram latencies, long errors, String firstError,
			java.util.Map<String, Double> cpuMillis) {

		/** CPU milliseconds per request a process spent, or NaN if not measured. */
		double cpuPerRequest(String process) {
			Double millis = this.cpuMillis.get(process);
			return (millis == null || requests() == 0) ? Double.NaN : millis / requests();
		}

		long requests() {
			return this.latencies.getTotalCount();
		}

		double perSecond() {
			return requests() / (this.elapsed.toNanos() / 1e9);
		}

		double p50Millis() {
			return this.latencies.getValueAtPercentile(50) / 1000.0;
		}

		double p99Millis() {
			return this.latencies.getValueAtPercentile(99) / 1000.0;
		}

	}

}
