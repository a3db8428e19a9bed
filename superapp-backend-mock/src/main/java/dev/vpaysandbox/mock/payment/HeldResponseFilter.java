package dev.vpaysandbox.mock.payment;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.RequestAttributes;
import dev.vpaysandbox.mock.system.Threads;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds back the answer of a payment call whose scenario says {@code call-hang}: the
 * answer is buffered, the request goes asynchronous, and a timer releases it later, so no
 * request thread sleeps. Outermost filter, so that the journal records the answer as it
 * was made and the hold in {@link #HOLD_ATTRIBUTE}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HeldResponseFilter extends OncePerRequestFilter {

	/** The request attribute holding how long the answer is held back. */
	static final String HOLD_ATTRIBUTE = RequestAttributes.HOLD;

	/** Grace after the hold before the container would time the request out. */
	private static final long TIMEOUT_MARGIN_MILLIS = 30_000;

	private static final Logger log = LoggerFactory.getLogger(HeldResponseFilter.class);

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(Threads.daemon("payment-call-hold"));

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/sandbox/wx/request");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (!(request.getAttribute(HOLD_ATTRIBUTE) instanceof Duration hold)) {
			buffered.copyBodyToResponse();
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(hold.toMillis() + TIMEOUT_MARGIN_MILLIS);
		this.timer.schedule(() -> release(buffered, async), hold.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static void release(ContentCachingResponseWrapper buffered, AsyncContext async) {
		try {
			buffered.copyBodyToResponse();
		}
		catch (IOException ex) {
			// the client gave up waiting, as a hang means it may
			log.atDebug().log("held payment answer not delivered: the client has gone");
		}
		finally {
			async.complete();
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
