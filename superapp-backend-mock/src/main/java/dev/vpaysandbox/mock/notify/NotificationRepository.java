package dev.vpaysandbox.mock.notify;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox of delivery notifications. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	Optional<Notification> findByPaymentId(String paymentId);

}
