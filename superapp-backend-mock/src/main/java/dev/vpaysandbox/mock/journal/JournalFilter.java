package dev.vpaysandbox.mock.journal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every request to a protocol endpoint ({@code /openserver}, {@code /xpay},
 * {@code /sandbox/wx}, key exchange) with its answer in the {@link RequestJournal}. Runs
 * before the body-size and admin filters, so their refusals are journaled too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class JournalFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(JournalFilter.class);

	private final RequestJournal journal;

	private final JournalEntries entries;

	private final Clock clock;

	private final int bodyLimit;

	JournalFilter(RequestJournal journal, JournalEntries entries, Clock clock, MockProperties properties) {
		this.journal = journal;
		this.entries = entries;
		this.clock = clock;
		this.bodyLimit = (int) Math.min(Integer.MAX_VALUE, properties.journal().bodyLimit().toBytes());
	}

	/** Whether requests to this path are journaled. */
	static boolean isProtocolPath(String path) {
		return path.startsWith("/openserver/") || path.startsWith("/xpay/") || path.startsWith("/sandbox/wx/")
				|| path.equals("/sandbox/keys/exchange");
	}

	/** CORS preflights are the browser's business, not a protocol call. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isProtocolPath(request.getRequestURI()) || "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingRequestWrapper requestCopy = new ContentCachingRequestWrapper(request, this.bodyLimit);
		ContentCachingResponseWrapper responseCopy = new ContentCachingResponseWrapper(response);
		Instant at = this.clock.instant();
		long start = System.nanoTime();
		try {
			chain.doFilter(requestCopy, responseCopy);
		}
		finally {
			record(requestCopy, responseCopy, at, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			responseCopy.copyBodyToResponse();
		}
	}

	private void record(ContentCachingRequestWrapper request, ContentCachingResponseWrapper response, Instant at,
			long latencyMs) {
		try {
			byte[] requestBody = request.getContentAsByteArray();
			byte[] responseBody = response.getContentAsByteArray();
			boolean responseTruncated = responseBody.length > this.bodyLimit;
			this.journal.record(this.entries.of(new JournalEntries.Exchange(request, response, at, latencyMs,
					requestBody, request.getContentLengthLong() > requestBody.length,
					responseTruncated ? Arrays.copyOf(responseBody, this.bodyLimit) : responseBody,
					responseTruncated)));
		}
		catch (RuntimeException ex) {
			// the journal is an aid: it never costs a request its answer
			log.atWarn().setCause(ex).addKeyValue("path", request.getRequestURI()).log("journal entry not recorded");
		}
	}

}
