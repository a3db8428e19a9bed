package dev.vpaysandbox.order.order;

import java.time.Instant;

import dev.vpaysandbox.signing.protocol.Env;

/**
 * A read-only copy of an order as stored, for the features that look orders up (the
 * notification receiver, reconciliation, the order API).
 *
 * @param id the database id
 * @param outTradeNo the merchant's order number
 * @param appId the app
 * @param openid the buyer
 * @param env the env it pays in
 * @param productId the product
 * @param quantity how many
 * @param unitPrice unit price in minor units
 * @param amount unitPrice × quantity in minor units
 * @param currency ISO 4217 code
 * @param status where it stands
 * @param createdAt when it was created
 * @param expiresAt when an unpaid order may expire
 * @param paidAt when payment was seen, or {@code null}
 * @param deliveredAt when the items were granted, or {@code null}
 * @param expiredAt when it expired, or {@code null}
 * @param refundedAt when a full refund was seen, or {@code null}
 * @param deliveredLate whether it was delivered after it had expired
 * @param refundedFee what the platform refunded, in minor units
 * @param nextCheckAt when reconciliation asks the platform next, or {@code null}
 */
public record OrderSnapshot(long id, String outTradeNo, String appId, String openid, Env env, String productId,
		int quantity, long unitPrice, long amount, String currency, OrderStatus status, Instant createdAt,
		Instant expiresAt, Instant paidAt, Instant deliveredAt, Instant expiredAt, Instant refundedAt,
		boolean deliveredLate, long refundedFee, Instant nextCheckAt) {
}
