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
	 * Notifications claimable at {@code now} (READY and due, or IN_FLIGHT with an expired
	 * lease), oldest due first, leaving out the apps given.
	 */
	@Query("select new dev.vpaysandbox.mock.notify.DueNotification(n.id, n.appId) from Notification n"
			+ " where ((n.status = :ready and n.nextAttemptAt <= :now)"
			+ " or (n.status = :inFlight and n.leaseUntil <= :now)) and n.appId not in :excluded"
			+ " order by n.nextAttemptAt")
	List<DueNotification> findClaimable(@Param("now") Instant now, @Param("ready") NotificationStatus ready,
			@Param("inFlight") NotificationStatus inFlight, @Param("excluded") Collection<String> excludedApps,
			Limit limit);

	/** Held notifications of an app created before the one just sent. */
	List<Notification> findByAppIdAndHeldTrueAndStatusAndIdLessThan(String appId, NotificationStatus status, Long id);

	boolean existsByAppIdAndHeldTrueAndStatus(String appId, NotificationStatus status);

	long countByStatus(NotificationStatus status);

}
