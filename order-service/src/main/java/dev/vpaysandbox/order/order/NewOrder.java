package dev.vpaysandbox.order.order;

import java.time.Instant;

import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

/**
 * Everything a new order is created from.
 *
 * @param outTradeNo its number
 * @param appId the app
 * @param openid the buyer
 * @param env the env it pays in
 * @param productId the product
 * @param quantity how many
 * @param unitPrice the server's unit price
 * @param signData the exact signData text signed for it
 * @param createdAt when it was created
 * @param expiresAt when an unpaid order may expire
 * @param firstCheckAt when reconciliation first asks the platform about it
 */
record NewOrder(OutTradeNo outTradeNo, String appId, String openid, Env env, String productId, int quantity,
		Money unitPrice, String signData, Instant createdAt, Instant expiresAt, Instant firstCheckAt) {
}
