package dev.vpaysandbox.client;

/**
 * What the cashier shows the user for a payment.
 *
 * @param paymentId the payment
 * @param appId the app
 * @param outTradeNo the merchant's order number
 * @param productId the item
 * @param quantity buyQuantity
 * @param orderFee what the user is asked to pay, minor units
 * @param currency the currency
 * @param status the payment's state
 */
public record CashierView(String paymentId, String appId, String outTradeNo, String productId, long quantity,
		long orderFee, String currency, PaymentStatus status) {
}
