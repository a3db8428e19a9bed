package dev.vpaysandbox.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted stand-in for the sandbox on a local port: answers each {@code METHOD path}
 * (with its query) as told, and records what it received.
 */
final class StubSandbox implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Reply> replies = new ConcurrentHashMap<>();

	private final List<Received> received = new ArrayList<>();

	private StubSandbox(HttpServer server) {
		this.server = server;
	}

	static StubSandbox start() throws IOException {
		StubSandbox stub = new StubSandbox(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		stub.server.createContext("/", stub::handle);
		stub.server.start();
		return stub;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers {@code METHOD /path?query} with this status, content type and body. */
	StubSandbox answer(String call, int status, String contentType, String body, String... headers) {
		this.replies.put(call, new Reply(status, contentType, body, headers));
		return this;
	}

	synchronized List<Received> received() {
		return List.copyOf(this.received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getRawQuery();
		String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
				+ ((query != null) ? "?" + query : "");
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		synchronized (this) {
			this.received.add(new Received(call, exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("X-Sandbox-Cashier"),
					exchange.getRequestHeaders().getFirst("X-Sandbox-Scenario"), body));
		}
		Reply reply = this.replies.getOrDefault(call,
				new Reply(404, "application/problem+json",
						"{\"type\":\"https://vpay-sandbox.dev/problems/not-found\",\"status\":404,\"detail\":\"no "
								+ call + "\"}"));
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", reply.contentType());
		for (int i = 0; i + 1 < reply.headers().length; i += 2) {
			exchange.getResponseHeaders().add(reply.headers()[i], reply.headers()[i + 1]);
		}
		exchange.sendResponseHeaders(reply.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Reply(int status, String contentType, String body, String... headers) {
	}

	record Received(String call, String authorization, String cashier, String scenario, String body) {
	}

}
