package dev.vpaysandbox.mock.payment;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * What the pre-order check accepted, before it becomes a payment.
 *
 * @param appId the app
 * @param env the env (0 or 1)
 * @param outTradeNo the merchant's order number
 * @param method the JS API called
 * @param userId the host app's user
 * @param openid the user's openid in the app
 * @param productId the item
 * @param quantity buyQuantity
 * @param unitPrice goodsPrice, minor units
 * @param currency the currency
 * @param platform the platform, lower-case, or {@code null}
 * @param attach the merchant's attach, or {@code null}
 * @param signData the signData text as received
 * @param checkNotes the verifiers' notes as JSON, or {@code null}
 * @param faults the chaos faults that fired for it
 */
record PaymentDraft(String appId, int env, String outTradeNo, PayMethod method, String userId, String openid,
		String productId, long quantity, long unitPrice, String currency, String platform, String attach,
		String signData, String checkNotes, Faults faults) {
}
