package dev.vpaysandbox.order.order;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	long countByOrderId(long orderId);

}
