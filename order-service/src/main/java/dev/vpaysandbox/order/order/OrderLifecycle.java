package dev.vpaysandbox.order.order;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.inventory.InventoryLedger;
import dev.vpaysandbox.order.system.OrderServiceProperties;

import org.springframework.stereotype.Component;

/**
 * Changes an order's state after payment, each change in one transaction with its effect
 * on the user's inventory. Exactly once is enforced by the database (unique delivery per
 * order, unique grant and revocation per order, the order's version), never by
 * check-then-insert: when concurrent callers collide, the losers read what committed and
 * report it.
 */
@Component
public class OrderLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OrderLifecycle.class);

	private final PurchaseOrderRepository orders;

	private final DeliveryRepository deliveries;

	private final InventoryLedger inventory;

	private final OrderTransactions transactions;

	private final Clock clock;

	private final OrderServiceProperties.Reconciliation reconciliation;

	private final MeterRegistry meters;

	OrderLifecycle(PurchaseOrderRepository orders, DeliveryRepository deliveries, InventoryLedger inventory,
			OrderTransactions transactions, Clock clock, OrderServiceProperties properties, MeterRegistry meters) {
		this.orders = orders;
		this.deliveries = deliveries;
		this.inventory = inventory;
		this.transactions = transactions;
		this.clock = clock;
		this.reconciliation = properties.reconciliation();
		this.meters = meters;
	}

	/**
	 * Delivers a paid order: marks it DELIVERED and grants its items, together, once.
	 * @throws OrderConflictException if concurrent changes kept this call from finishing
	 */
	public DeliveryOutcome deliver(long orderId, DeliverySource source) {
		DeliveryOutcome outcome = this.transactions.retrying(orderId, () -> deliverInTransaction(orderId, source),
				(order) -> {
					if (order.wasDelivered()) {
						return new DeliveryOutcome.AlreadyDelivered();
					}
					return (order.status() == OrderStatus.REFUNDED) ? new DeliveryOutcome.NotDeliverable(order.status())
							: null;
				});
		if (outcome instanceof DeliveryOutcome.Delivered delivered) {
			this.meters.counter("vpay.deliveries", "source", source.name(), "late", String.valueOf(delivered.late()))
				.increment();
		}
		return outcome;
	}

	/**
	 * Records a full refund: the order becomes REFUNDED and, if it was delivered, its
	 * items are taken back, once.
	 * @throws OrderConflictException if concurrent changes kept this call from finishing
	 */
	public RefundOutcome refund(long orderId, long refundFee) {
		return this.transactions.retrying(orderId, () -> refundInTransaction(orderId, refundFee),
				(order) -> (order.status() == OrderStatus.REFUNDED) ? new RefundOutcome.AlreadyRefunded() : null);
	}

	/**
	 * Records a partial refund of a delivered order: the refunded amount is kept, the
	 * items stay (see README).
	 * @return whether the order changed
	 */
	public boolean recordPartialRefund(long orderId, long refundFee) {
		return this.transactions.once(() -> {
			PurchaseOrder order = load(orderId);
			if (order.status() != OrderStatus.DELIVERED || order.refundedFee() == refundFee) {
				return false;
			}
			order.recordPartialRefund(refundFee);
			this.orders.saveAndFlush(order);
			return true;
		});
	}

	/**
	 * Expires a CREATED order that has outlived its time to live.
	 * @return whether it expired now
	 */
	public boolean expire(long orderId) {
		return this.transactions.once(() -> {
			PurchaseOrder order = load(orderId);
			Instant now = this.clock.instant();
			if (order.status() != OrderStatus.CREATED || now.isBefore(order.expiresAt())) {
				return false;
			}
			order.expire(now);
			this.orders.saveAndFlush(order);
			log.atInfo().addKeyValue("outTradeNo", order.outTradeNo()).log("Order expired unpaid");
			return true;
		});
	}

	private DeliveryOutcome deliverInTransaction(long orderId, DeliverySource source) {
		PurchaseOrder order = load(orderId);
		if (order.wasDelivered()) {
			return new DeliveryOutcome.AlreadyDelivered();
		}
		if (order.status() == OrderStatus.REFUNDED) {
			return new DeliveryOutcome.NotDeliverable(order.status());
		}
		Instant now = this.clock.instant();
		boolean late = order.status() == OrderStatus.EXPIRED;
		// The exactly-once gate: a second delivery of this order fails right here.
		this.deliveries.saveAndFlush(new Delivery(orderId, source, now, late));
		order.markPaid(now);
		order.markDelivered(now, firstRefundCheck(now));
		this.orders.saveAndFlush(order);
		OrderSnapshot delivered = order.snapshot();
		this.inventory.grant(orderId, delivered.appId(), delivered.openid(), delivered.productId(),
				delivered.quantity(), now);
		log.atInfo()
			.addKeyValue("outTradeNo", delivered.outTradeNo())
			.addKeyValue("source", source)
			.addKeyValue("late", late)
			.log(late ? "Delivered an order that had expired (flagged)" : "Delivered order");
		return new DeliveryOutcome.Delivered(late);
	}

	private RefundOutcome refundInTransaction(long orderId, long refundFee) {
		PurchaseOrder order = load(orderId);
		if (order.status() == OrderStatus.REFUNDED) {
			return new RefundOutcome.AlreadyRefunded();
		}
		Instant now = this.clock.instant();
		boolean granted = order.markRefunded(now, refundFee);
		this.orders.saveAndFlush(order);
		OrderSnapshot refunded = order.snapshot();
		if (granted) {
			this.inventory.revoke(orderId, refunded.appId(), refunded.openid(), refunded.productId(),
					refunded.quantity(), now);
		}
		log.atInfo()
			.addKeyValue("outTradeNo", refunded.outTradeNo())
			.addKeyValue("revoked", granted)
			.log("Order refunded");
		return new RefundOutcome.Refunded(granted);
	}

	private Instant firstRefundCheck(Instant now) {
		if (this.reconciliation.refundWatch().isZero()) {
			return null;
		}
		return now.plus(this.reconciliation.refundCheckInterval());
	}

	private PurchaseOrder load(long orderId) {
		return this.transactions.load(orderId);
	}

}
