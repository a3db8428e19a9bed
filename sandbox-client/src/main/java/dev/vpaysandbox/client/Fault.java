package dev.vpaysandbox.client;

/**
 * A fault a scenario can name, from the sandbox's catalogue.
 *
 * @param fault its name in a scenario text
 * @param stage PAYMENT_CALL or NOTIFICATION
 * @param argument NONE, COUNT, STATUS or DURATION
 * @param example the fault with its default argument
 * @param effect what the sandbox does
 * @param receiverMust what a correct merchant backend must do
 */
public record Fault(String fault, String stage, String argument, String example, String effect, String receiverMust) {
}
