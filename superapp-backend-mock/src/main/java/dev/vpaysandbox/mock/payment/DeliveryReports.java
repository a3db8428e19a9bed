package dev.vpaysandbox.mock.payment;

import java.util.Collection;
import java.util.Map;

/**
 * What the delivery side knows about payments, for the control API's payment views. The
 * notify feature implements it, so that payments need not know notifications.
 */
public interface DeliveryReports {

	/**
	 * A JSON-ready view of the delivery notification, with every attempt, of each payment
	 * that has one, by payment id.
	 */
	Map<String, Object> of(Collection<String> paymentIds);

}
