package dev.vpaysandbox.mock.payment;

import java.time.Instant;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.Env;

/**
 * Published inside the transaction that marks a payment PAID, so that its delivery
 * notification is written in that same transaction.
 *
 * @param paymentId the payment
 * @param appId its app
 * @param env its env
 * @param paidAt when it was paid
 * @param faults the chaos faults that fired for it (its notification's delay, hold)
 */
public record PaymentPaid(String paymentId, String appId, Env env, Instant paidAt, Faults faults) {
}
