package dev.vpaysandbox.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples every service's VmRSS twice a second through the run: the peak, and the value
 * at each scenario's end, so that a growing footprint shows.
 */
final class MemorySampler extends Thread {

	private final List<Service> services;

	private final Map<String, Long> peakKb = new LinkedHashMap<>();

	private volatile boolean running = true;

	MemorySampler(List<Service> services) {
		this.services = services;
		setDaemon(true);
		setName("rss-sampler");
	}

	@Override
	public void run() {
		while (this.running) {
			sample();
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	synchronized Map<String, Long> sample() {
		Map<String, Long> now = new LinkedHashMap<>();
		for (Service service : this.services) {
			long kb = service.rssKb();
			now.put(service.name, kb);
			this.peakKb.merge(service.name, kb, Math::max);
		}
		return now;
	}

	synchronized Map<String, Long> peaks() {
		return new LinkedHashMap<>(this.peakKb);
	}

	void finish() {
		this.running = false;
		interrupt();
	}

}
