package dev.vpaysandbox.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures as ready-to-paste Markdown. */
final class Report {

	private Report() {
	}

	static String markdown(Options options, List<Service> services, List<ClosedLoop.Result> results,
			Map<String, Scenarios.Delivery> deliveries, Map<String, Long> rssReady,
			Map<String, Map<String, Long>> rssAfter, Map<String, Long> rssPeak,
			Map<String, java.time.Duration> drained) {
		StringBuilder out = new StringBuilder();
		ClosedLoop.Result bare = find(results, "bare endpoint");
		ClosedLoop.Result wiremock = find(results, "WireMock stub");
		line(out, "### Run of %s UTC",
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""));
		out.append('\n');
		line(out, "- Machine: %d cores (%s), %s; load average at the end %s",
				Runtime.getRuntime().availableProcessors(), cpuModel(), "Java " + System.getProperty("java.version"),
				loadAverage());
		line(out,
				"- Database: %s; each service `%s`%s; %d connections, pre-warm round %d s per scenario, then warm-up %d s"
						+ " and measured %d s per scenario",
				options.postgres() ? "PostgreSQL (fresh databases)" : "H2 (file)", options.jvmOptions(),
				options.jfr() ? " with JFR" : "", options.connections(), options.preWarm().toSeconds(),
				options.warmUp().toSeconds(), options.measure().toSeconds());
		out.append('\n');
		out.append(
				"| Scenario | req/s | × bare | × WireMock | p50 ms | × bare | × WireMock | p99 ms | × bare | × WireMock | requests | errors |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (ClosedLoop.Result result : results) {
			line(out, "| %s | %.0f | %s | %s | %.2f | %s | %s | %.2f | %s | %s | %d | %d |", result.name(),
					result.perSecond(), ratio(result.perSecond(), (bare != null) ? bare.perSecond() : 0),
					ratio(result.perSecond(), (wiremock != null) ? wiremock.perSecond() : 0), result.p50Millis(),
					ratio(result.p50Millis(), (bare != null) ? bare.p50Millis() : 0),
					ratio(result.p50Millis(), (wiremock != null) ? wiremock.p50Millis() : 0), result.p99Millis(),
					ratio(result.p99Millis(), (bare != null) ? bare.p99Millis() : 0),
					ratio(result.p99Millis(), (wiremock != null) ? wiremock.p99Millis() : 0), result.requests(),
					result.errors());
		}
		out.append('\n');
		out.append("A full purchase is two calls (create the order at order-service, pay it at the mock); the mock\n");
		out.append("then notifies order-service on its own. Latency ratios above 1 mean slower than the reference.\n");
		for (ClosedLoop.Result result : results) {
			if (result.firstError() != null) {
				line(out, "First error of %s: `%s`", result.name(), result.firstError().replace('`', '\''));
			}
		}
		out.append('\n');
		out.append(
				"CPU time per request (ms, from `/proc/<pid>/stat` over the measured period; all processes share the\n");
		out.append("same 2 cores, so this is the cost that survives a busy machine):\n\n");
		out.append("| Scenario");
		for (Service service : services) {
			out.append(" | ").append(service.name);
		}
		out.append(" | ").append(CpuMeter.LOAD_GENERATOR).append(" | services total |\n|---");
		out.append("|---:".repeat(services.size() + 2)).append("|\n");
		for (ClosedLoop.Result result : results) {
			out.append("| ").append(result.name());
			double total = 0;
			for (Service service : services) {
				double ms = result.cpuPerRequest(service.name);
				total += ms;
				out.append(String.format(Locale.ROOT, " | %.3f", ms));
			}
			out.append(String.format(Locale.ROOT, " | %.3f | %.3f |%n", result.cpuPerRequest(CpuMeter.LOAD_GENERATOR),
					total));
		}
		out.append('\n');
		out.append("Of that, the JIT compiler threads (C1 and C2) of each JVM, in ms per request: what is still\n");
		out.append("being compiled, not what a request costs once the code is compiled.\n\n");
		out.append("| Scenario");
		for (Service service : services) {
			out.append(" | ").append(service.name);
		}
		out.append(" |\n|---").append("|---:".repeat(services.size())).append("|\n");
		for (ClosedLoop.Result result : results) {
			out.append("| ").append(result.name());
			for (Service service : services) {
				out.append(String.format(Locale.ROOT, " | %.3f", result.cpuPerRequest(service.name + CpuMeter.JIT)));
			}
			out.append(" |\n");
		}
		drained.forEach((scenario, took) -> line(out,
				"%nThe mock's outbox (notifications waiting or in flight) was empty %.1f s after %s ended.",
				took.toMillis() / 1000.0, scenario));
		if (!deliveries.isEmpty()) {
			out.append('\n');
			out.append("| Payment → delivery (mock `paidAt` → order-service `deliveredAt`) | purchases | sampled"
					+ " | undelivered | p50 ms | p99 ms | max ms |\n");
			out.append("|---|---:|---:|---:|---:|---:|---:|\n");
			deliveries.forEach((name, delivery) -> line(out, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |", name,
					delivery.purchases(), delivery.sampled(), delivery.undelivered(), delivery.percentileMillis(50),
					delivery.percentileMillis(99), delivery.percentileMillis(100)));
		}
		Service bareService = services.get(0);
		out.append('\n');
		out.append(
				"| Start-up to readiness | seconds | × bare Boot + JPA | CPU seconds until ready | × bare Boot + JPA |\n");
		out.append("|---|---:|---:|---:|---:|\n");
		for (Service service : services) {
			line(out, "| %s | %.2f | %s | %.2f | %s |", service.name, LoadMain.seconds(service.startUp()),
					ratio(LoadMain.seconds(service.startUp()), LoadMain.seconds(bareService.startUp())),
					service.startUpCpuSeconds(), ratio(service.startUpCpuSeconds(), bareService.startUpCpuSeconds()));
		}
		out.append('\n');
		out.append("| RSS (MB) | ready");
		for (String scenario : rssAfter.keySet()) {
			out.append(" | after ").append(scenario);
		}
		out.append(" | peak |\n|---|---:");
		out.append("|---:".repeat(rssAfter.size())).append("|---:|\n");
		for (Service service : services) {
			out.append("| ").append(service.name).append(" | ").append(mb(rssReady.get(service.name)));
			for (Map<String, Long> sample : rssAfter.values()) {
				out.append(" | ").append(mb(sample.get(service.name)));
			}
			out.append(" | ").append(mb(rssPeak.get(service.name))).append(" |\n");
		}
		out.append('\n');
		targets(out, options, services, results, deliveries, bare, wiremock);
		return out.toString();
	}

	private static void targets(StringBuilder out, Options options, List<Service> services,
			List<ClosedLoop.Result> results, Map<String, Scenarios.Delivery> deliveries, ClosedLoop.Result bare,
			ClosedLoop.Result wiremock) {
		out.append("| Target | Figure | Met |\n|---|---|---|\n");
		ClosedLoop.Result payment = find(results, "mock payment");
		if (payment != null && wiremock != null) {
			double r = payment.perSecond() / wiremock.perSecond();
			line(out, "| payment ≥ 25%% of the WireMock stub's req/s | %.0f%% | %s |", 100 * r, met(r >= 0.25));
		}
		ClosedLoop.Result order = find(results, "create order");
		if (order != null && bare != null) {
			double r = order.perSecond() / bare.perSecond();
			line(out, "| create order ≥ 50%% of the bare endpoint's req/s | %.0f%% | %s |", 100 * r, met(r >= 0.5));
			line(out, "| create order p99 < 20 ms at 32 connections | %.2f ms at %d | %s |", order.p99Millis(),
					options.connections(), met(order.p99Millis() < 20 && options.connections() >= 32));
		}
		ClosedLoop.Result purchase = find(results, "full purchase");
		if (purchase != null && bare != null) {
			double r = purchase.perSecond() / bare.perSecond();
			line(out, "| full purchase ≥ 20%% of the bare endpoint's req/s | %.0f%% | %s |", 100 * r, met(r >= 0.2));
		}
		deliveries.forEach((name, delivery) -> {
			double p99 = delivery.percentileMillis(99);
			line(out, "| payment → delivery p99 < 50 ms (%s) | %.1f ms | %s |", name, p99,
					met(p99 < 50 && delivery.undelivered() == 0));
		});
		double bareStart = LoadMain.seconds(services.get(0).startUp());
		for (Service service : services.subList(2, services.size())) {
			double r = LoadMain.seconds(service.startUp()) / bareStart;
			line(out, "| %s ready < 1.3 × bare Boot + JPA (wall clock) | %.2f × | %s |", service.name, r, met(r < 1.3));
			double c = service.startUpCpuSeconds() / services.get(0).startUpCpuSeconds();
			line(out, "| %s ready < 1.3 × bare Boot + JPA (CPU seconds) | %.2f × | %s |", service.name, c,
					met(c < 1.3));
		}
		long errors = results.stream().mapToLong(ClosedLoop.Result::errors).sum()
				+ deliveries.values().stream().mapToLong(Scenarios.Delivery::undelivered).sum();
		line(out, "| no errors | %d | %s |", errors, met(errors == 0));
	}

	private static ClosedLoop.Result find(List<ClosedLoop.Result> results, String name) {
		return results.stream().filter((result) -> result.name().equals(name)).findFirst().orElse(null);
	}

	private static String ratio(double value, double reference) {
		return (reference > 0) ? String.format(Locale.ROOT, "%.2f", value / reference) : "–";
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String mb(Long kb) {
		return (kb == null || kb < 0) ? "–" : Long.toString(kb / 1024);
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException ex) {
			return "unknown CPU";
		}
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
