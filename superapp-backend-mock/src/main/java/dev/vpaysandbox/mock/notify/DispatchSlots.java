package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Bounds the attempts one instance has in flight, in all and per app, so that a slow or
 * dead receiver holds a few slots and never delays other apps' notifications.
 */
final class DispatchSlots {

	private final int max;

	private final int perApp;

	private final Map<String, Integer> byApp = new HashMap<>();

	private int inFlight;

	DispatchSlots(int max, int perApp) {
		this.max = max;
		this.perApp = perApp;
	}

	/** Takes a slot for an attempt of this app, if one is free. */
	synchronized boolean tryAcquire(String appId) {
		int ofApp = this.byApp.getOrDefault(appId, 0);
		if (this.inFlight >= this.max || ofApp >= this.perApp) {
			return false;
		}
		this.inFlight++;
		this.byApp.put(appId, ofApp + 1);
		return true;
	}

	synchronized void release(String appId) {
		int ofApp = this.byApp.getOrDefault(appId, 0);
		if (ofApp <= 1) {
			this.byApp.remove(appId);
		}
		else {
			this.byApp.put(appId, ofApp - 1);
		}
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (this.inFlight == 0) {
			notifyAll();
		}
	}

	/**
	 * Waits until no attempt is in flight, or the timeout passes.
	 * @return whether none is in flight
	 */
	synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.inFlight > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	synchronized int free() {
		return this.max - this.inFlight;
	}

	synchronized int inFlight() {
		return this.inFlight;
	}

	/** The apps whose slots are all taken. */
	synchronized Set<String> saturatedApps() {
		return this.byApp.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= this.perApp)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
