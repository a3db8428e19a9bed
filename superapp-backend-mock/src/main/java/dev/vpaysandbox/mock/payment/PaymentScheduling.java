package dev.vpaysandbox.mock.payment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler runs {@link CashierTimeouts}' sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PaymentScheduling {

}
