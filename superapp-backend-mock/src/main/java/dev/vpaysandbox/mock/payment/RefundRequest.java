package dev.vpaysandbox.mock.payment;

/**
 * A merchant's refund of one payment.
 *
 * @param refundOrderId the merchant's refund number, unique per payment
 * @param refundFee the amount to refund, minor units
 * @param leftFee what the merchant believes is left to refund
 * @param reason {@code refund_reason}, or {@code null}
 * @param reqFrom {@code req_from}, or {@code null}
 */
public record RefundRequest(String refundOrderId, long refundFee, long leftFee, String reason, String reqFrom) {
}
