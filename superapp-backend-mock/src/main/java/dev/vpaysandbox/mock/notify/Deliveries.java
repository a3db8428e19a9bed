package dev.vpaysandbox.mock.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import dev.vpaysandbox.mock.payment.DeliveryProgress;
import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery notifications as the control API inspects them, each with its payment and
 * every attempt, and redelivery by hand.
 */
@Service
class Deliveries {

	private final NotificationRepository notifications;

	private final NotificationAttemptRepository attempts;

	private final DeliveryProgress payments;

	private final Dispatcher dispatcher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Deliveries(NotificationRepository notifications, NotificationAttemptRepository attempts, DeliveryProgress payments,
			Dispatcher dispatcher, TransactionTemplate transaction, Clock clock) {
		this.notifications = notifications;
		this.attempts = attempts;
		this.payments = payments;
		this.dispatcher = dispatcher;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Delivery> find(Long notificationId) {
		return this.notifications.findById(notificationId).map((notification) -> details(List.of(notification)).get(0));
	}

	/**
	 * The newest notifications matching every given filter ({@code null} matches all).
	 */
	@Transactional(readOnly = true)
	public List<Delivery> search(Filter filter, int limit) {
		List<Specification<Notification>> specs = new ArrayList<>();
		if (filter.appId() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("appId"), filter.appId()));
		}
		if (filter.status() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.paymentId() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("paymentId"), filter.paymentId()));
		}
		if (filter.outTradeNo() != null) {
			if (!OutTradeNo.isValid(filter.outTradeNo())) {
				return List.of();
			}
			OutTradeNo outTradeNo = new OutTradeNo(filter.outTradeNo());
			specs.add((root, query, cb) -> {
				Subquery<String> paid = query.subquery(String.class);
				Root<Payment> payment = paid.from(Payment.class);
				paid.select(payment.get("id")).where(cb.equal(payment.get("outTradeNo"), outTradeNo));
				return root.get("paymentId").in(paid);
			});
		}
		List<Notification> found = this.notifications
			.findAll(Specification.allOf(specs), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")))
			.getContent();
		return details(found);
	}

	/** The notification of each of these payments that has one, by payment id. */
	@Transactional(readOnly = true)
	public Map<String, Delivery> ofPayments(Collection<String> paymentIds) {
		if (paymentIds.isEmpty()) {
			return Map.of();
		}
		return details(this.notifications.findByPaymentIdIn(paymentIds)).stream()
			.collect(Collectors.toMap((delivery) -> delivery.notification().paymentId(), Function.identity()));
	}

	/**
	 * Makes a notification due now: a waiting one is pulled forward, a dead or
	 * acknowledged one gets one more attempt (without its chaos faults).
	 */
	public Redelivery redeliver(Long notificationId) {
		Redelivery redelivery;
		try {
			redelivery = this.transaction.execute((status) -> redeliverNow(notificationId));
		}
		catch (OptimisticLockingFailureException ex) {
			return new Redelivery.InFlight(notificationId);
		}
		if (redelivery instanceof Redelivery.Scheduled) {
			this.dispatcher.wake();
		}
		return redelivery;
	}

	private Redelivery redeliverNow(Long notificationId) {
		Optional<Notification> found = this.notifications.findById(notificationId);
		if (found.isEmpty()) {
			return new Redelivery.NotFound(notificationId);
		}
		Notification notification = found.get();
		if (notification.status() == NotificationStatus.IN_FLIGHT) {
			return new Redelivery.InFlight(notificationId);
		}
		notification.redeliver(this.clock.instant());
		this.notifications.saveAndFlush(notification);
		return new Redelivery.Scheduled(details(List.of(notification)).get(0));
	}

	private List<Delivery> details(List<Notification> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Payment> payments = this.payments.findAll(found.stream().map(Notification::paymentId).toList())
			.stream()
			.collect(Collectors.toMap(Payment::id, Function.identity()));
		Map<Long, List<NotificationAttempt>> attemptsOf = this.attempts
			.findByNotificationIdInOrderByIdAsc(found.stream().map(Notification::id).toList())
			.stream()
			.collect(Collectors.groupingBy(NotificationAttempt::notificationId, LinkedHashMap::new,
					Collectors.toList()));
		return found.stream()
			.map((notification) -> new Delivery(notification, payments.get(notification.paymentId()),
					attemptsOf.getOrDefault(notification.id(), List.of())))
			.toList();
	}

	/**
	 * A notification with its payment and every attempt, oldest first.
	 *
	 * @param notification the notification
	 * @param payment its payment
	 * @param attempts its attempts, one row per copy sent, dropped or lost
	 */
	public record Delivery(Notification notification, Payment payment, List<NotificationAttempt> attempts) {
	}

	/**
	 * Filters of a search; {@code null} matches all.
	 *
	 * @param appId the app
	 * @param status the notification's status
	 * @param outTradeNo the payment's outTradeNo
	 * @param paymentId the payment
	 */
	public record Filter(String appId, NotificationStatus status, String outTradeNo, String paymentId) {
	}

	/** The outcome of a redelivery by hand. */
	public sealed interface Redelivery {

		/**
		 * The notification is due now.
		 *
		 * @param delivery the notification as it is now
		 */
		record Scheduled(Delivery delivery) implements Redelivery {
		}

		/**
		 * An attempt is in flight: nothing changed.
		 *
		 * @param notificationId the notification
		 */
		record InFlight(Long notificationId) implements Redelivery {
		}

		/**
		 * There is no such notification.
		 *
		 * @param notificationId the id asked for
		 */
		record NotFound(Long notificationId) implements Redelivery {
		}

	}

}
