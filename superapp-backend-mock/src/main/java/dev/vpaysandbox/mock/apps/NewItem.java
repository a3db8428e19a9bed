package dev.vpaysandbox.mock.apps;

/**
 * What registers an item; validated by the caller.
 *
 * @param productId the product id
 * @param price the unit price in minor units
 * @param currency the ISO 4217 currency
 * @param maxQuantity the buyQuantity limit
 * @param published whether it can be bought
 */
record NewItem(String productId, long price, String currency, int maxQuantity, boolean published) {
}
