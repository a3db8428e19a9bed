package dev.vpaysandbox.mock;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant's notification receiver on a local port, scripted by the test: it records
 * every request in order, answers as its script says (success by default), and counts
 * requests for one outTradeNo that overlap in time.
 */
final class NotifyReceiver implements AutoCloseable {

	static final String SUCCESS = "{\"returnCode\":\"0\",\"returnMessage\":\"OK\",\"data\":\"OK\",\"requestId\":\"r1\"}";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Received> received = new ArrayList<>();

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final AtomicInteger overlapping = new AtomicInteger();

	private volatile Function<Received, Reply> script = (request) -> Reply.success();

	private NotifyReceiver(HttpServer server) {
		this.server = server;
	}

	static NotifyReceiver start() {
		try {
			NotifyReceiver receiver = new NotifyReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
			receiver.server.createContext("/notify", receiver::handle);
			receiver.server.setExecutor(receiver.executor);
			receiver.server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot open a local port", ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/notify";
	}

	/** Answers every following request as {@code script} says. */
	void answer(Function<Received, Reply> script) {
		this.script = script;
	}

	/** The requests so far, in arrival order. */
	synchronized List<Received> received() {
		return List.copyOf(this.received);
	}

	/** Waits until at least {@code count} requests have arrived, and answers them. */
	synchronized List<Received> await(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.received.size() < count) {
			long left = deadline - System.nanoTime();
			assertThat(left).as("only %d of %d notifications arrived within %s", this.received.size(), count, timeout)
				.isPositive();
			try {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return List.copyOf(this.received);
	}

	/** How many requests arrived while another for the same outTradeNo was still open. */
	int overlapping() {
		return this.overlapping.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Received request;
		synchronized (this) {
			request = new Received(this.received.size(), body, exchange.getRequestHeaders().getFirst("Content-Type"));
			this.received.add(request);
			notifyAll();
		}
		String key = request.outTradeNo();
		if (!this.inFlight.add(key)) {
			this.overlapping.incrementAndGet();
		}
		try {
			Reply reply = this.script.apply(request);
			reply.awaitRelease();
			byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(reply.status(), answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		finally {
			this.inFlight.remove(key);
			exchange.close();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * One notification as received.
	 *
	 * @param index its position in arrival order, from 0
	 * @param body the exact body
	 * @param contentType its Content-Type
	 */
	record Received(int index, String body, String contentType) {

		JsonNode envelope() {
			return MockHttp.JSON.readTree(this.body);
		}

		String payloadText() {
			return envelope().get("Payload").stringValue();
		}

		JsonNode payload() {
			return MockHttp.JSON.readTree(payloadText());
		}

		String outTradeNo() {
			try {
				return payload().get("OutTradeNo").stringValue();
			}
			catch (RuntimeException ex) {
				return "unparseable-" + this.index;
			}
		}

	}

	/**
	 * How to answer one request.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 * @param release if not {@code null}, the answer waits until it is counted down
	 */
	record Reply(int status, String body, CountDownLatch release) {

		static Reply success() {
			return new Reply(200, SUCCESS, null);
		}

		static Reply status(int status, String body) {
			return new Reply(status, body, null);
		}

		/** Success, once {@code release} is counted down. */
		static Reply successAfter(CountDownLatch release) {
			return new Reply(200, SUCCESS, release);
		}

		void awaitRelease() {
			if (this.release == null) {
				return;
			}
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
