package dev.vpaysandbox.mock.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.mock.system.Threads;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one copy of a notification with the JDK's asynchronous HTTP client: no thread
 * waits on a receiver, each request has its own deadline (3 s), and success is only HTTP
 * 200 with {@code returnCode "0"}. The answer's body is read up to a bound and kept
 * truncated.
 */
@Component
class NotificationSender implements DisposableBean {

	/** How much of an answer is read to find its returnCode. */
	private static final int READ_LIMIT = 64 * 1024;

	private final ExecutorService executor = Executors.newCachedThreadPool(Threads.daemon("notify-http"));

	private final HttpClient client;

	private final Duration timeout;

	private final int keptBody;

	private final JsonMapper json;

	private final Clock clock;

	NotificationSender(MockProperties properties, JsonMapper json, Clock clock) {
		this.timeout = properties.notifications().timeout();
		this.keptBody = (int) Math.min(READ_LIMIT, properties.notifications().responseBodyLimit().toBytes());
		this.json = json;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(this.executor)
			.build();
	}

	/** Sends one copy; the future never fails, a failure is a result. */
	CompletableFuture<SendResult> send(Outgoing outgoing) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(outgoing.url()))
				.timeout(this.timeout)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(outgoing.body(), StandardCharsets.UTF_8))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.completedFuture(new SendResult(AttemptOutcome.UNREACHABLE, startedAt, 0L, null,
					null, "the notify URL is not a valid http(s) URL"));
		}
		return this.client.sendAsync(request, (info) -> new LimitedBodySubscriber(READ_LIMIT))
			.orTimeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.handle((response, error) -> result(startedAt, elapsedMillis(start), response, error));
	}

	private SendResult result(Instant startedAt, long latency, HttpResponse<byte[]> response, Throwable error) {
		if (error != null) {
			Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause()
					: error;
			return failure(startedAt, latency, cause);
		}
		String body = new String(response.body(), StandardCharsets.UTF_8);
		String kept = (body.length() > this.keptBody) ? body.substring(0, this.keptBody) : body;
		String refusal = refusal(response.statusCode(), body);
		return new SendResult((refusal == null) ? AttemptOutcome.ACKNOWLEDGED : AttemptOutcome.REFUSED, startedAt,
				latency, response.statusCode(), kept, refusal);
	}

	/** Why an answer is not a success, or {@code null} if it is one. */
	String refusal(int status, String body) {
		if (status != 200) {
			return "HTTP " + status + ": success is HTTP 200 with returnCode \"0\"";
		}
		JsonNode answer;
		try {
			answer = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return "the answer is not JSON: success is {\"returnCode\":\"0\",...}";
		}
		JsonNode returnCode = (answer != null && answer.isObject()) ? answer.get("returnCode") : null;
		if (returnCode == null || returnCode.isNull()) {
			return "the answer has no returnCode: success is {\"returnCode\":\"0\",...}";
		}
		if (!returnCode.isString()) {
			return "returnCode is the JSON " + returnCode.getNodeType().name().toLowerCase(Locale.ROOT) + " "
					+ returnCode + ", not the string \"0\"";
		}
		return "0".equals(returnCode.stringValue()) ? null : "returnCode is \"" + returnCode.stringValue() + "\"";
	}

	private SendResult failure(Instant startedAt, long latency, Throwable cause) {
		if (cause instanceof TimeoutException
				|| (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException))) {
			return new SendResult(AttemptOutcome.TIMEOUT, startedAt, latency, null, null,
					"no answer within " + this.timeout.toMillis() + " ms");
		}
		String reason = (cause instanceof ConnectException) ? "connection refused"
				: (cause instanceof HttpConnectTimeoutException) ? "connect timed out" : (cause instanceof IOException)
						? "I/O error: " + cause.getClass().getSimpleName() : cause.getClass().getSimpleName();
		return new SendResult(AttemptOutcome.UNREACHABLE, startedAt, latency, null, null, reason);
	}

	private static long elapsedMillis(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
