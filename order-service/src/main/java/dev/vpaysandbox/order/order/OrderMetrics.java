package dev.vpaysandbox.order.order;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** Gauge {@code vpay.orders{status}}: how many orders stand in each state. */
@Component
class OrderMetrics implements MeterBinder {

	private final PurchaseOrderRepository repository;

	OrderMetrics(PurchaseOrderRepository repository) {
		this.repository = repository;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (OrderStatus status : OrderStatus.values()) {
			Gauge.builder("vpay.orders", this.repository, (orders) -> orders.countByStatus(status))
				.tag("status", status.name())
				.description("Orders by status")
				.register(registry);
		}
	}

}
