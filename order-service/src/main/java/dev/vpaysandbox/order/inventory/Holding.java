package dev.vpaysandbox.order.inventory;

/**
 * How many of a product a user owns.
 *
 * @param productId the product
 * @param quantity the number owned
 */
public record Holding(String productId, long quantity) {
}
