package dev.vpaysandbox.order.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.order.OrderStatus;
import dev.vpaysandbox.order.order.Orders;
import dev.vpaysandbox.order.platform.XpayClient;
import dev.vpaysandbox.order.platform.XpayClient.QueryOrderResult;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.order.system.PlatformUnavailableException;

import org.springframework.stereotype.Component;

/**
 * Asks the platform about orders whose check is due: CREATED orders older than
 * {@code min-age} (paid ones are delivered, unpaid ones expire after their time to live)
 * and recently DELIVERED orders (refunds). Each check is claimed first, so several
 * instances may run this at once and each order is checked by one of them; the changes
 * themselves are exactly-once in the database. When the platform cannot be reached the
 * sweep stops at the first order that finds out, so an outage costs one query and one log
 * line, not one of each per due order; the next sweep tries again.
 */
@Component
class Reconciler {

	private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

	private final Orders orders;

	private final OrderReconciliation reconciliation;

	private final MerchantApps apps;

	private final XpayClient xpay;

	private final Clock clock;

	private final OrderServiceProperties.Reconciliation settings;

	/** Whether the last sweep found the platform unreachable, so it is said once. */
	private final AtomicBoolean platformDown = new AtomicBoolean();

	Reconciler(Orders orders, OrderReconciliation reconciliation, MerchantApps apps, XpayClient xpay, Clock clock,
			OrderServiceProperties properties) {
		this.orders = orders;
		this.reconciliation = reconciliation;
		this.apps = apps;
		this.xpay = xpay;
		this.clock = clock;
		this.settings = properties.reconciliation();
	}

	/**
	 * Checks every order due now, page by page.
	 * @return how many checks this instance made
	 */
	int reconcileDue() {
		Instant now = this.clock.instant();
		int checked = 0;
		List<OrderSnapshot> page = this.orders.due(now, this.settings.batchSize());
		while (!page.isEmpty()) {
			int claimed = 0;
			for (OrderSnapshot order : page) {
				if (this.orders.claimCheck(order, nextCheck(order, now))) {
					claimed++;
					if (!check(order)) {
						return checked + claimed;
					}
				}
			}
			if (claimed == 0) {
				// Another instance holds this page; it will check these orders.
				break;
			}
			checked += claimed;
			// Claimed checks moved past now, so the next page holds only unseen ones.
			page = this.orders.due(now, this.settings.batchSize());
		}
		if (this.platformDown.compareAndSet(true, false)) {
			log.atInfo().log("The platform answers again; reconciliation resumed");
		}
		return checked;
	}

	/**
	 * Checks one order.
	 * @return {@code false} when the platform could not be reached, which ends the sweep
	 */
	private boolean check(OrderSnapshot order) {
		Optional<MerchantApp> app = this.apps.find(order.appId());
		if (app.isEmpty()) {
			log.atWarn().addKeyValue("outTradeNo", order.outTradeNo()).log("Order of an app no longer configured");
			return true;
		}
		QueryOrderResult platform;
		try {
			platform = this.xpay.queryOrder(app.get(), order.env(), order.openid(), order.outTradeNo());
		}
		catch (PlatformUnavailableException ex) {
			platformUnavailable(ex);
			return false;
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("outTradeNo", order.outTradeNo())
				.addKeyValue("reason", ex.getMessage())
				.log("query_order failed; will check again");
			return true;
		}
		if (order.status() == OrderStatus.CREATED) {
			this.reconciliation.created(app.get(), order, platform);
		}
		else if (order.status() == OrderStatus.DELIVERED) {
			this.reconciliation.delivered(order, platform);
		}
		return true;
	}

	/** Says once, not once per sweep, that the platform is down; then only at debug. */
	private void platformUnavailable(PlatformUnavailableException ex) {
		if (this.platformDown.compareAndSet(false, true)) {
			log.atWarn()
				.addKeyValue("reason", ex.getMessage())
				.log("The platform is unreachable; reconciliation stops each sweep at the first order and "
						+ "tries again at the next");
		}
		else {
			log.atDebug().addKeyValue("reason", ex.getMessage()).log("The platform is still unreachable");
		}
	}

	/**
	 * When to check again: a CREATED order every {@code recheck-interval}; a DELIVERED
	 * order every {@code refund-check-interval} while inside the refund watch; others
	 * never.
	 */
	private Instant nextCheck(OrderSnapshot order, Instant now) {
		if (order.status() == OrderStatus.CREATED) {
			return now.plus(this.settings.recheckInterval());
		}
		if (order.status() == OrderStatus.DELIVERED && order.deliveredAt() != null) {
			Instant next = now.plus(this.settings.refundCheckInterval());
			Instant watchEnd = order.deliveredAt().plus(this.settings.refundWatch());
			return next.isAfter(watchEnd) ? null : next;
		}
		return null;
	}

}
