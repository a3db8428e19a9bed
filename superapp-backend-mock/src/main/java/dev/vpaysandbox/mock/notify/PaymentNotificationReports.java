package dev.vpaysandbox.mock.notify;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import dev.vpaysandbox.mock.payment.DeliveryReports;

import org.springframework.stereotype.Component;

/** Gives the control API's payment views their notification and every attempt. */
@Component
class PaymentNotificationReports implements DeliveryReports {

	private final Deliveries deliveries;

	PaymentNotificationReports(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public Map<String, Object> of(Collection<String> paymentIds) {
		return this.deliveries.ofPayments(paymentIds)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> NotificationView.of(entry.getValue())));
	}

}
