package dev.vpaysandbox.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/**
 * Delivery notifications with every attempt: search them, wait for one to reach a state,
 * redeliver one by hand.
 */
public final class Notifications {

	private static final TypeReference<List<Notification>> LIST = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Notifications(SandboxHttp http) {
		this.http = http;
	}

	/** The newest notifications matching the query. */
	public List<Notification> search(NotificationQuery query) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/notifications" + query.queryString(), null), LIST);
	}

	/**
	 * A notification.
	 * @throws SandboxProblemException 404 if there is none
	 */
	public Notification get(long notificationId) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/notifications/" + notificationId, null),
				Notification.class);
	}

	/** The notification of a payment, once the payment is paid. */
	public Optional<Notification> ofPayment(String paymentId) {
		return search(NotificationQuery.ofPayment(paymentId)).stream().findFirst();
	}

	/** The dead notifications (every retry failed), newest first. */
	public List<Notification> dead() {
		return search(NotificationQuery.newest().status(NotificationStatus.DEAD));
	}

	/**
	 * Waits until a payment's notification is in {@code status}, and returns it.
	 * @throws SandboxTimeoutException if it is not within {@code timeout}
	 */
	public Notification awaitStatus(String paymentId, NotificationStatus status, Duration timeout) {
		return Polling.until("notification of payment " + paymentId + " " + status, timeout, () -> ofPayment(paymentId),
				(notification) -> notification.status() == status);
	}

	/**
	 * Sends a notification now: a waiting one is pulled forward, a dead or acknowledged
	 * one gets one more attempt, without chaos faults.
	 * @throws SandboxProblemException 409 {@code notification-in-flight} while an attempt
	 * is under way, 404 if there is none
	 */
	public Notification redeliver(long notificationId) {
		return SandboxHttp.read(
				this.http.admin("POST", "/sandbox/notifications/" + notificationId + "/redeliver", null),
				Notification.class);
	}

}
