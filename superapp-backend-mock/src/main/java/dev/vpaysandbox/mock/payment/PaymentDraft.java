package dev.vpaysandbox.mock.payment;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * What the pre-order check accepted, before it becomes a payment.
 *
 * @param appId the app
 * @param env the env
 * @param outTradeNo the merchant's order number
 * @param method the JS API called
 * @param userId the host app's user
 * @param openid the user's openid in the app
 * @param productId the item
 * @param quantity buyQuantity
 * @param unitPrice goodsPrice in currencyType
 * @param platform the platform, lower-case, or {@code null}
 * @param attach the merchant's attach, or {@code null}
 * @param signData the signData text as received
 * @param checkNotes the verifiers' notes as JSON, or {@code null}
 * @param faults the chaos faults that fired for it
 */
record PaymentDraft(String appId, Env env, OutTradeNo outTradeNo, PayMethod method, String userId, String openid,
		String productId, long quantity, Money unitPrice, String platform, String attach, String signData,
		String checkNotes, Faults faults) {
}
