package dev.vpaysandbox.mock.system;

import java.util.concurrent.ThreadFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Where the mock's own threads come from: Spring's {@link CustomizableThreadFactory},
 * named for what they do ({@code notify-http-3}) and daemon, so a forgotten executor
 * never keeps the JVM alive. Each executor built on one is shut down by its owner's
 * lifecycle.
 */
public final class Threads {

	private Threads() {
	}

	/** Daemon threads named {@code <purpose>-<n>}. */
	public static ThreadFactory daemon(String purpose) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(purpose + "-");
		threads.setDaemon(true);
		return threads;
	}

}
