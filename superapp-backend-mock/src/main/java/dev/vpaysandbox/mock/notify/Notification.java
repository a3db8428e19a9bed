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
 * The outbox row of one paid payment's delivery notification (unique per payment): what a
 * dispatcher claims with a lease ({@code leaseOwner}, {@code leaseUntil}) once
 * {@code nextAttemptAt} has come.
 */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "payment_id")
	private String paymentId;

	@Column(name = "app_id")
	private String appId;

	private int env;

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

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Notification() {
	}

	/** A notification due at once, for a payment just paid. */
	static Notification readyFor(String paymentId, String appId, int env, Instant now) {
		Notification notification = new Notification();
		notification.paymentId = paymentId;
		notification.appId = appId;
		notification.env = env;
		notification.status = NotificationStatus.READY;
		notification.attempts = 0;
		notification.nextAttemptAt = now;
		notification.createdAt = now;
		notification.updatedAt = now;
		return notification;
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
	public int env() {
		return this.env;
	}

	public NotificationStatus status() {
		return this.status;
	}

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

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
