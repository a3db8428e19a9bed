package dev.vpaysandbox.mock.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentRepository extends JpaRepository<Payment, String>, JpaSpecificationExecutor<Payment> {

	Optional<Payment> findByAppIdAndEnvAndOutTradeNo(String appId, Env env, OutTradeNo outTradeNo);

	/** Payments of a status created after {@code from}, not after {@code until}. */
	@Query("select p.id from Payment p where p.status = :status and p.times.createdAt > :from and p.times.createdAt <= :until"
			+ " order by p.times.createdAt")
	List<String> idsCreatedBetween(@Param("status") PaymentStatus status, @Param("from") Instant from,
			@Param("until") Instant until, Limit limit);

	/**
	 * The first creation instant of a status after {@code from}, not after {@code until}.
	 */
	@Query("select min(p.times.createdAt) from Payment p where p.status = :status and p.times.createdAt > :from"
			+ " and p.times.createdAt <= :until")
	Optional<Instant> firstCreatedBetween(@Param("status") PaymentStatus status, @Param("from") Instant from,
			@Param("until") Instant until);

}
