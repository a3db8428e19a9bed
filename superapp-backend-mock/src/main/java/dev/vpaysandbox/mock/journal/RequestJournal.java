package dev.vpaysandbox.mock.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.stereotype.Component;

/**
 * The newest requests to the protocol endpoints and their answers, secrets masked, kept
 * in memory up to {@code vpay.mock.journal.size}; older ones fall off.
 */
@Component
public class RequestJournal {

	private final int capacity;

	private final Deque<JournalEntry> entries = new ArrayDeque<>();

	private long sequence;

	RequestJournal(MockProperties properties) {
		this.capacity = properties.journal().size();
	}

	/** Adds an entry, numbered by the journal. */
	synchronized void record(LongFunction<JournalEntry> entry) {
		this.entries.addFirst(entry.apply(++this.sequence));
		while (this.entries.size() > this.capacity) {
			this.entries.removeLast();
		}
	}

	/** The newest entries matching every given filter ({@code null} matches all). */
	public synchronized List<JournalEntry> newest(Filter filter, int limit) {
		return this.entries.stream().filter(filter::matches).limit(limit).toList();
	}

	/** Forgets everything (a sandbox reset). */
	public synchronized void clear() {
		this.entries.clear();
	}

	/**
	 * What to look for; {@code null} matches all.
	 *
	 * @param appId the app
	 * @param path a path prefix, e.g. {@code /xpay/} or
	 * {@code /sandbox/wx/requestVirtualPayment}
	 * @param outTradeNo the outTradeNo
	 * @param afterId only entries newer than this id (to follow the journal), or
	 * {@code null}
	 */
	public record Filter(String appId, String path, String outTradeNo, Long afterId) {

		boolean matches(JournalEntry entry) {
			return (this.afterId == null || entry.id() > this.afterId)
					&& (this.appId == null || this.appId.equals(entry.appId()))
					&& (this.path == null || entry.path().startsWith(this.path))
					&& (this.outTradeNo == null || this.outTradeNo.equals(entry.outTradeNo()));
		}

	}

}
