package dev.vpaysandbox.order.notify;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRecordRepository extends JpaRepository<NotificationRecord, Long> {

	List<NotificationRecord> findByOutTradeNoOrderById(String outTradeNo);

}
