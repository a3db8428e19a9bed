package dev.vpaysandbox.testing.violations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Breaks the conventions on purpose, so ConventionsTests can show the rules catch it. */
public class HandRolledPlumbing {

	final Map<String, String> cache = new ConcurrentHashMap<>();

	double price;

	Thread thread() {
		return new Thread(() -> {
		}, "hand-rolled");
	}

	ExecutorService pool() {
		return Executors.newFixedThreadPool(2);
	}

	void pause() throws InterruptedException {
		Thread.sleep(10);
	}

}
