package dev.vpaysandbox.mock.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox of delivery notifications. */
interface NotificationRepository extends JpaRepository<Notification, Long>, JpaSpecificationExecutor<Notification> {

	Optional<Notification> findByPaymentId(String paymentId);

	List<Notification> findByPaymentIdIn(Collection<String> paymentIds);

	/**
	 * Notifications of a status whose attempt is due at {@code now}, oldest due first,
	 * leaving out the apps given. One status and a range on the index
	 * {@code (status, next_attempt_at)}: a query that ORs two statuses makes H2 scan the
	 * whole table, which grows with every payment.
	 */
	@Query("select new dev.vpaysandbox.mock.notify.DueNotification(n.id, n.appId) from Notification n"
			+ " where n.status = :status and n.nextAttemptAt <= :now and n.appId not in :excluded"
			+ " order by n.nextAttemptAt")
	List<DueNotification> findDue(@Param("now") Instant now, @Param("status") NotificationStatus status,
			@Param("excluded") Collection<String> excludedApps, Limit limit);

	/**
	 * Notifications of a status whose lease expired at {@code now} (an instance died
	 * holding them), leaving out the apps given; served by {@code (status, lease_until)}.
	 */
	@Query("select new dev.vpaysandbox.mock.notify.DueNotification(n.id, n.appId) from Notification n"
			+ " where n.status = :status and n.leaseUntil <= :now and n.appId not in :excluded"
			+ " order by n.leaseUntil")
	List<DueNotification> findLeaseExpired(@Param("now") Instant now, @Param("status") NotificationStatus status,
			@Param("excluded") Collection<String> excludedApps, Limit limit);

	/** Held notifications of an app created before the one just sent. */
	List<Notification> findByAppIdAndHeldTrueAndStatusAndIdLessThan(String appId, NotificationStatus status, Long id);

	boolean existsByAppIdAndHeldTrueAndStatus(String appId, NotificationStatus status);

	long countByStatus(NotificationStatus status);

	long countByStatusAndNextAttemptAtLessThanEqual(NotificationStatus status, Instant now);

	/**
	 * The earliest next attempt of a status after {@code after}, not after {@code until}.
	 */
	@Query("select min(n.nextAttemptAt) from Notification n where n.status = :status"
			+ " and n.nextAttemptAt > :after and n.nextAttemptAt <= :until")
	Optional<Instant> firstDueBetween(@Param("status") NotificationStatus status, @Param("after") Instant after,
			@Param("until") Instant until);

	/**
	 * The earliest lease end of a status after {@code after}, not after {@code until}.
	 */
	@Query("select min(n.leaseUntil) from Notification n where n.status = :status"
			+ " and n.leaseUntil > :after and n.leaseUntil <= :until")
	Optional<Instant> firstLeaseEndBetween(@Param("status") NotificationStatus status, @Param("after") Instant after,
			@Param("until") Instant until);

}
