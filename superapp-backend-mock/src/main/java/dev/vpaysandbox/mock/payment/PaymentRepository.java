package dev.vpaysandbox.mock.payment;

import java.util.Optional;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaymentRepository extends JpaRepository<Payment, String>, JpaSpecificationExecutor<Payment> {

	Optional<Payment> findByAppIdAndEnvAndOutTradeNo(String appId, Env env, OutTradeNo outTradeNo);

}
