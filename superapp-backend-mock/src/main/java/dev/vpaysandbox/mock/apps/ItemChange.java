package dev.vpaysandbox.mock.apps;

/**
 * What an admin may change on an item; {@code null} leaves a value as it is.
 *
 * @param price the unit price in minor units
 * @param currency the currency
 * @param maxQuantity the buyQuantity limit
 * @param published whether it can be bought
 */
record ItemChange(Long price, String currency, Integer maxQuantity, Boolean published) {
}
