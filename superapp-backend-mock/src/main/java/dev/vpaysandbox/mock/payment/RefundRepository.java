package dev.vpaysandbox.mock.payment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RefundRepository extends JpaRepository<Refund, Long> {

	boolean existsByPaymentIdAndRefundOrderId(String paymentId, String refundOrderId);

	List<Refund> findByPaymentIdOrderByIdAsc(String paymentId);

}
