package dev.vpaysandbox.mock.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attempt to deliver a notification, its own row: when, by which instance, what was
 * sent (PayEventSig shortened) and what came back (truncated), and how it ended.
 */
@Entity
@Table(name = "notification_attempt")
class NotificationAttempt {

	private static final int MAX_ERROR = 512;

	private static final int MAX_REQUEST = 8192;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notification_id")
	private Long notificationId;

	@Column(name = "attempt_no")
	private int attemptNo;

	@Column(name = "copy_no")
	private int copyNo;

	@Enumerated(EnumType.STRING)
	private AttemptKind kind;

	private String instance;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "latency_ms")
	private Long latencyMs;

	@Column(name = "http_status")
	private Integer httpStatus;

	@Enumerated(EnumType.STRING)
	private AttemptOutcome outcome;

	private String faults;

	@Column(name = "key_used")
	private String keyUsed;

	private String url;

	@Column(name = "request_body")
	private String requestBody;

	@Column(name = "response_body")
	private String responseBody;

	private String error;

	protected NotificationAttempt() {
	}

	/** The row of one sent, dropped or lost copy of an attempt. */
	static NotificationAttempt of(Long notificationId, int attemptNo, String instance, Outgoing outgoing,
			SendResult result) {
		NotificationAttempt attempt = new NotificationAttempt();
		attempt.notificationId = notificationId;
		attempt.attemptNo = attemptNo;
		attempt.copyNo = outgoing.copyNo();
		attempt.kind = outgoing.kind();
		attempt.instance = instance;
		attempt.startedAt = result.startedAt();
		attempt.latencyMs = result.latencyMs();
		attempt.httpStatus = result.httpStatus();
		attempt.outcome = result.outcome();
		attempt.faults = outgoing.faults();
		attempt.keyUsed = outgoing.keyUsed();
		attempt.url = outgoing.url();
		attempt.requestBody = truncate(outgoing.maskedBody(), MAX_REQUEST);
		attempt.responseBody = result.responseBody();
		attempt.error = truncate(result.error(), MAX_ERROR);
		return attempt;
	}

	/** The row of an attempt whose instance let its lease expire without reporting. */
	static NotificationAttempt lost(Long notificationId, Notification.LostAttempt lost) {
		NotificationAttempt attempt = new NotificationAttempt();
		attempt.notificationId = notificationId;
		attempt.attemptNo = lost.attempt();
		attempt.kind = AttemptKind.SCHEDULED;
		attempt.instance = lost.owner();
		attempt.startedAt = lost.leaseUntil();
		attempt.outcome = AttemptOutcome.LEASE_EXPIRED;
		attempt.error = "the lease of " + lost.owner() + " expired at " + lost.leaseUntil()
				+ " before it reported; the receiver may or may not have seen this attempt";
		return attempt;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	public Long id() {
		return this.id;
	}

	public Long notificationId() {
		return this.notificationId;
	}

	/** The notification's attempt number, from 1. */
	public int attemptNo() {
		return this.attemptNo;
	}

	/** 0 for the attempt itself, 1.. for its duplicates. */
	public int copyNo() {
		return this.copyNo;
	}

	public AttemptKind kind() {
		return this.kind;
	}

	/** The instance that made it. */
	public String instance() {
		return this.instance;
	}

	/** When it started (for a lost one: when its lease expired). */
	public Instant startedAt() {
		return this.startedAt;
	}

	/** Milliseconds until the answer, or {@code null} if none came or it was not sent. */
	public Long latencyMs() {
		return this.latencyMs;
	}

	/** The answer's HTTP status, or {@code null}. */
	public Integer httpStatus() {
		return this.httpStatus;
	}

	public AttemptOutcome outcome() {
		return this.outcome;
	}

	/** The chaos faults that shaped it (e.g. {@code corrupt-sig}), or {@code null}. */
	public String faults() {
		return this.faults;
	}

	/** The appKey that signed it, e.g. {@code env 0 v1}, never the key. */
	public String keyUsed() {
		return this.keyUsed;
	}

	public String url() {
		return this.url;
	}

	/** The body sent, with PayEventSig shortened. */
	public String requestBody() {
		return this.requestBody;
	}

	/** The answer's body, truncated. */
	public String responseBody() {
		return this.responseBody;
	}

	/** Why it failed, or {@code null}. */
	public String error() {
		return this.error;
	}

}
