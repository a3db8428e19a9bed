package dev.vpaysandbox.mock.payment;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.stereotype.Component;

/**
 * The newest pre-order verdicts, accepted or refused, in memory and bounded: refused
 * calls change nothing stored, yet an integrator can still see why they failed.
 */
@Component
public class RecentChecks {

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final int capacity;

	RecentChecks(MockProperties properties) {
		this.capacity = properties.recentChecks();
	}

	synchronized void record(Entry entry) {
		this.entries.addFirst(entry);
		while (this.entries.size() > this.capacity) {
			this.entries.removeLast();
		}
	}

	/** The newest verdicts, newest first, of one app or of all ({@code null}). */
	public synchronized List<Entry> newest(String appId, int limit) {
		return this.entries.stream()
			.filter((entry) -> appId == null || appId.equals(entry.appId()))
			.limit(limit)
			.toList();
	}

	/** Forgets every verdict (sandbox reset). */
	public synchronized void clear() {
		this.entries.clear();
	}

	/**
	 * One verdict.
	 *
	 * @param at when it was given
	 * @param method the JS API called
	 * @param appId the app named, if a string
	 * @param userId the user named, if a string
	 * @param outTradeNo the outTradeNo, if signData parsed
	 * @param errCode 0 when accepted
	 * @param outcome paid, pending, declined or cancelled (by a chaos scenario), or
	 * rejected
	 * @param paymentId the payment, when accepted
	 * @param notes what an accepted call's verifiers reported
	 * @param diagnosis why a call was refused
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(Instant at, String method, String appId, String userId, String outTradeNo, int errCode,
			String outcome, String paymentId, List<HintReport> notes, Diagnosis diagnosis) {
	}

}
