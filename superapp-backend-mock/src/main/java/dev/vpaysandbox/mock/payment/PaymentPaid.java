package dev.vpaysandbox.mock.payment;

import java.time.Instant;

/**
 * Published inside the transaction that marks a payment PAID, so that its delivery
 * notification is written in that same transaction.
 *
 * @param paymentId the payment
 * @param appId its app
 * @param env its env (0 or 1)
 * @param paidAt when it was paid
 */
public record PaymentPaid(String paymentId, String appId, int env, Instant paidAt) {
}
