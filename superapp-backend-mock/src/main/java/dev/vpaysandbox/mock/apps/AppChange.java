package dev.vpaysandbox.mock.apps;

import java.util.List;

/**
 * What an admin may change on an app; {@code null} leaves a value as it is.
 *
 * @param notifyUrl the new notify URL
 * @param paymentEnabled whether the pre-order check accepts payments
 * @param currencies the enabled currencies
 */
record AppChange(String notifyUrl, Boolean paymentEnabled, List<String> currencies) {
}
