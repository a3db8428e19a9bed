package dev.vpaysandbox.mock.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * The outbox row of one paid payment's delivery notification (unique per payment). A
 * dispatcher claims it with a lease ({@code leaseOwner}, {@code leaseUntil}) once
 * {@code nextAttemptAt} has come, or once another instance's lease has expired; the
 * version column makes each claim and completion an optimistic update, so of two
 * instances only one wins. Guarded verbs refuse illegal transitions.
 * <p>
 * Longer than the ~250 lines a file should keep to, for a reason: the row's columns, its
 * five guarded verbs (claim, acknowledge, fail, redeliver, release) and the accessors the
 * inspector reads are one state machine, whose invariants (a lease, its attempt number,
 * where a redelivery returns) would be spread over several files by a split.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "payment_id")
	private String paymentId;

	@Column(name = "app_id")
	private String appId;

	private Env env;

	@Enumerated(EnumType.STRING)
	private NotificationStatus status;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "lease_owner")
	private String leaseOwner;

	@Column(name = "lease_until")
	private Instant leaseUntil;

	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;

	private boolean held;

	@Enumerated(EnumType.STRING)
	@Column(name = "redeliver_from")
	private NotificationStatus redeliverFrom;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Notification() {
	}

	/**
	 * A notification for a payment just paid, due at {@code dueAt}; a held one waits for
	 * its app's next notification (chaos {@code reverse}) and is due at the latest then.
	 */
	static Notification readyFor(String paymentId, String appId, Env env, Instant paidAt, Instant dueAt, boolean held) {
		Notification notification = new Notification();
		notification.paymentId = paymentId;
		notification.appId = appId;
		notification.env = env;
		notification.status = NotificationStatus.READY;
		notification.attempts = 0;
		notification.nextAttemptAt = dueAt;
		notification.held = held;
		notification.createdAt = paidAt;
		notification.updatedAt = paidAt;
		return notification;
	}

	/** Whether an instance may claim it now: READY and due, or its lease expired. */
	boolean isClaimableAt(Instant now) {
		return (this.status == NotificationStatus.READY && !this.nextAttemptAt.isAfter(now))
				|| (this.status == NotificationStatus.IN_FLIGHT && !this.leaseUntil.isAfter(now));
	}

	/**
	 * Claims it for one attempt under a lease; answers the attempt that was lost if it
	 * takes over another instance's expired lease.
	 * @throws IllegalNotificationTransitionException unless it is claimable now
	 */
	Optional<LostAttempt> claim(String owner, Instant now, Duration lease) {
		if (!isClaimableAt(now)) {
			throw new IllegalNotificationTransitionException(this.id, this.status, "claim");
		}
		Optional<LostAttempt> lost = (this.status == NotificationStatus.IN_FLIGHT)
				? Optional.of(new LostAttempt(this.attempts, this.leaseOwner, this.leaseUntil)) : Optional.empty();
		this.status = NotificationStatus.IN_FLIGHT;
		this.attempts++;
		this.leaseOwner = owner;
		this.leaseUntil = now.plus(lease);
		this.held = false;
		this.lastAttemptAt = now;
		this.updatedAt = now;
		return lost;
	}

	/** Whether {@code owner} still holds the lease of attempt {@code attempt}. */
	boolean holdsLease(String owner, int attempt) {
		return this.status == NotificationStatus.IN_FLIGHT && owner.equals(this.leaseOwner) && this.attempts == attempt;
	}

	/** The receiver acknowledged attempt {@code attempt}: delivered for good. */
	void acknowledge(String owner, int attempt, Instant now) {
		requireLease(owner, attempt, "acknowledge");
		this.status = NotificationStatus.ACKED;
		endAttempt(now);
	}

	/**
	 * Attempt {@code attempt} failed: it is retried after {@code retryIn}, or dies when
	 * the schedule is over; a hand-triggered attempt returns to where it was.
	 */
	void fail(String owner, int attempt, Instant now, Optional<Duration> retryIn) {
		requireLease(owner, attempt, "fail");
		if (this.redeliverFrom != null) {
			this.status = this.redeliverFrom;
		}
		else if (retryIn.isPresent()) {
			this.status = NotificationStatus.READY;
			this.nextAttemptAt = now.plus(retryIn.get());
		}
		else {
			this.status = NotificationStatus.DEAD;
		}
		endAttempt(now);
	}

	/**
	 * Makes it due now, by hand: a waiting one is pulled forward, a dead or acknowledged
	 * one gets one more attempt.
	 * @throws IllegalNotificationTransitionException if an attempt is in flight
	 */
	void redeliver(Instant now) {
		if (this.status == NotificationStatus.IN_FLIGHT) {
			throw new IllegalNotificationTransitionException(this.id, this.status, "redeliver");
		}
		if (this.status != NotificationStatus.READY) {
			this.redeliverFrom = this.status;
			this.status = NotificationStatus.READY;
		}
		this.held = false;
		this.nextAttemptAt = now;
		this.updatedAt = now;
	}

	/** A held notification is let go: the app's later one has been sent. */
	void release(Instant now) {
		if (this.held && this.status == NotificationStatus.READY) {
			this.held = false;
			this.nextAttemptAt = now;
			this.updatedAt = now;
		}
	}

	private void requireLease(String owner, int attempt, String verb) {
		if (!holdsLease(owner, attempt)) {
			throw new IllegalNotificationTransitionException(this.id, this.status, verb + " attempt " + attempt
					+ " (lease of " + this.leaseOwner + ", attempt " + this.attempts + ")");
		}
	}

	private void endAttempt(Instant now) {
		this.redeliverFrom = null;
		this.leaseOwner = null;
		this.leaseUntil = null;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public String paymentId() {
		return this.paymentId;
	}

	public String appId() {
		return this.appId;
	}

	/** The payment's env, 0 or 1: it picks the key of PayEventSig. */
	public Env env() {
		return this.env;
	}

	public NotificationStatus status() {
		return this.status;
	}

	/** Attempts made so far, dropped and hand-triggered ones included. */
	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	/** The instance holding the claim, or {@code null}. */
	public String leaseOwner() {
		return this.leaseOwner;
	}

	/** When the claim expires, or {@code null}. */
	public Instant leaseUntil() {
		return this.leaseUntil;
	}

	/** When the last attempt was made, or {@code null}. */
	public Instant lastAttemptAt() {
		return this.lastAttemptAt;
	}

	/** Whether it waits for its app's next notification (chaos {@code reverse}). */
	public boolean held() {
		return this.held;
	}

	/**
	 * Where a hand-triggered attempt returns if it fails (DEAD, ACKED), or {@code null}.
	 */
	public NotificationStatus redeliverFrom() {
		return this.redeliverFrom;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * An attempt whose instance let its lease expire: its outcome is unknown.
	 *
	 * @param attempt its number
	 * @param owner the instance that claimed it
	 * @param leaseUntil when its lease expired
	 */
	record LostAttempt(int attempt, String owner, Instant leaseUntil) {
	}

}
