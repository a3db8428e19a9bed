package dev.vpaysandbox.order.reconcile;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.order.DeliveryOutcome;
import dev.vpaysandbox.order.order.DeliverySource;
import dev.vpaysandbox.order.order.OrderConflictException;
import dev.vpaysandbox.order.order.OrderLifecycle;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.platform.PlatformOrder;
import dev.vpaysandbox.order.platform.XpayClient;
import dev.vpaysandbox.order.platform.XpayClient.QueryOrderResult;

import org.springframework.stereotype.Component;

/**
 * What one order's check does with the platform's answer: deliver a paid order (then
 * confirm with notify_provide_goods), expire an unpaid one past its time to live, and
 * record refunds.
 */
@Component
class OrderReconciliation {

	private static final Logger log = LoggerFactory.getLogger(OrderReconciliation.class);

	private final OrderLifecycle lifecycle;

	private final XpayClient xpay;

	private final Clock clock;

	OrderReconciliation(OrderLifecycle lifecycle, XpayClient xpay, Clock clock) {
		this.lifecycle = lifecycle;
		this.xpay = xpay;
		this.clock = clock;
	}

	void created(MerchantApp app, OrderSnapshot order, QueryOrderResult platform) {
		if (platform instanceof QueryOrderResult.Found found) {
			PlatformOrder paid = found.order();
			if (paid.isFullyRefunded()) {
				refund(order, paid);
				return;
			}
			if (paid.isPaid()) {
				deliver(app, order, paid);
				return;
			}
		}
		// Pending, closed, or never accepted by the platform: unpaid.
		if (!this.clock.instant().isBefore(order.expiresAt())) {
			this.lifecycle.expire(order.id());
		}
	}

	void delivered(OrderSnapshot order, QueryOrderResult platform) {
		if (!(platform instanceof QueryOrderResult.Found found)) {
			return;
		}
		PlatformOrder paid = found.order();
		if (paid.isFullyRefunded()) {
			refund(order, paid);
		}
		else if (paid.isPartiallyRefunded() && this.lifecycle.recordPartialRefund(order.id(), paid.refundFee())) {
			log.atWarn()
				.addKeyValue("outTradeNo", order.outTradeNo())
				.addKeyValue("refundFee", paid.refundFee())
				.log("Partial refund recorded; the items stay granted");
		}
	}

	private void deliver(MerchantApp app, OrderSnapshot order, PlatformOrder paid) {
		DeliveryOutcome outcome;
		try {
			outcome = this.lifecycle.deliver(order.id(), DeliverySource.RECONCILIATION);
		}
		catch (OrderConflictException ex) {
			return;
		}
		if (outcome instanceof DeliveryOutcome.Delivered && paid.awaitsDelivery()) {
			try {
				this.xpay.notifyProvideGoods(app, order.env(), order.outTradeNo());
			}
			catch (RuntimeException ex) {
				// The platform keeps pushing its notification, which we now answer as a
				// duplicate.
				log.atWarn()
					.addKeyValue("outTradeNo", order.outTradeNo())
					.addKeyValue("reason", ex.getMessage())
					.log("notify_provide_goods failed after delivery");
			}
		}
	}

	private void refund(OrderSnapshot order, PlatformOrder paid) {
		try {
			this.lifecycle.refund(order.id(), paid.refundFee());
		}
		catch (OrderConflictException ex) {
			log.atWarn().addKeyValue("outTradeNo", order.outTradeNo()).log("Refund collided; will check again");
		}
	}

}
