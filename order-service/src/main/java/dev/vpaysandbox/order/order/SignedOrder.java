package dev.vpaysandbox.order.order;

import java.time.Instant;

/**
 * What the front end passes to {@code wx.requestVirtualPayment} or
 * {@code wx.requestMidasPaymentGameItem}, signed by this backend.
 *
 * @param outTradeNo the order number
 * @param method the JS API to call
 * @param mode {@code goods} (mini games, also inside signData) or
 * {@code short_series_goods} (mini programs, beside signData)
 * @param signData the exact text signed; pass it unchanged
 * @param paySig HMAC-SHA256 of {@code method&signData} under the appKey
 * @param signature HMAC-SHA256 of signData under the user's session_key
 * @param expiresAt when an unpaid order may expire
 */
record SignedOrder(String outTradeNo, String method, String mode, String signData, String paySig, String signature,
		Instant expiresAt) {
}
