package dev.vpaysandbox.mock.notify;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every attempt of every notification. */
interface NotificationAttemptRepository extends JpaRepository<NotificationAttempt, Long> {

	List<NotificationAttempt> findByNotificationIdInOrderByIdAsc(Collection<Long> notificationIds);

}
