package dev.vpaysandbox.order.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

	Optional<PurchaseOrder> findByOutTradeNo(String outTradeNo);

	long countByStatus(OrderStatus status);

	@Query("select o from PurchaseOrder o where o.nextCheckAt <= :now order by o.nextCheckAt, o.id")
	List<PurchaseOrder> findDue(Instant now, Pageable page);

	/**
	 * Takes an order's next check for this instance: only one of several instances that
	 * saw the same {@code nextCheckAt} moves it.
	 */
	@Transactional
	@Modifying
	@Query("update PurchaseOrder o set o.nextCheckAt = :next where o.id = :id and o.nextCheckAt = :seen")
	int claimCheck(long id, Instant seen, Instant next);

}
