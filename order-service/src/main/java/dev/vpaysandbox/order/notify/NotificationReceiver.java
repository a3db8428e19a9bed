package dev.vpaysandbox.order.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.keys.AppKeyStore;
import dev.vpaysandbox.order.notify.DeliveryNotification.MalformedNotificationException;
import dev.vpaysandbox.order.notify.DeliveryNotification.PaidGoods;
import dev.vpaysandbox.order.notify.NotificationOutcome.Rejection;
import dev.vpaysandbox.order.order.DeliveryOutcome;
import dev.vpaysandbox.order.order.DeliverySource;
import dev.vpaysandbox.order.order.OrderConflictException;
import dev.vpaysandbox.order.order.OrderLifecycle;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.order.Orders;
import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.signature.Verification;

import org.springframework.stereotype.Component;

/**
 * Handles a delivery notification (docs/protocol.md#what-a-receiver-checks): finds the
 * order its OutTradeNo names and so the app and key, verifies PayEventSig with the keys
 * the platform accepts (confirmed by the key exchange within
 * {@code min-refresh-interval}, and asked once more when it fails), checks the Payload
 * against the order, delivers exactly once, and records what happened.
 */
@Component
class NotificationReceiver {

	private static final Logger log = LoggerFactory.getLogger(NotificationReceiver.class);

	private final Orders orders;

	private final OrderLifecycle lifecycle;

	private final MerchantApps apps;

	private final AppKeyStore keys;

	private final NotificationJournal journal;

	NotificationReceiver(Orders orders, OrderLifecycle lifecycle, MerchantApps apps, AppKeyStore keys,
			NotificationJournal journal) {
		this.orders = orders;
		this.lifecycle = lifecycle;
		this.apps = apps;
		this.keys = keys;
		this.journal = journal;
	}

	NotificationOutcome receive(String requestId, String body) {
		DeliveryNotification notification;
		try {
			notification = DeliveryNotification.parse(body);
		}
		catch (MalformedNotificationException ex) {
			NotificationOutcome outcome = new NotificationOutcome.Rejected(Rejection.MALFORMED, ex.getMessage());
			this.journal.record(requestId, outcome, NotificationJournal.Received.nothing());
			return outcome;
		}
		Optional<OrderSnapshot> order = this.orders.findByOutTradeNo(notification.outTradeNo());
		NotificationOutcome outcome = order.map((found) -> handle(notification, found))
			.orElseGet(() -> unknownOrder(notification));
		this.journal.record(requestId, outcome, new NotificationJournal.Received(notification.outTradeNo(),
				order.map(OrderSnapshot::appId).orElse(null), notification.event(), notification.payload()));
		return outcome;
	}

	private NotificationOutcome handle(DeliveryNotification notification, OrderSnapshot order) {
		Verification verification = verify(order.appId(), notification);
		if (verification instanceof Verification.Invalid invalid) {
			return new NotificationOutcome.Rejected(Rejection.BAD_SIGNATURE,
					"PayEventSig " + invalid.diagnosis().reason() + hints(invalid.diagnosis().hints()));
		}
		reportPreviousKey(order, (Verification.Valid) verification);
		PaidGoods goods;
		try {
			goods = notification.goods();
		}
		catch (MalformedNotificationException ex) {
			return new NotificationOutcome.Rejected(Rejection.MALFORMED, ex.getMessage());
		}
		List<String> mismatches = mismatches(notification, goods, order);
		if (!mismatches.isEmpty()) {
			return new NotificationOutcome.Rejected(Rejection.MISMATCH,
					"differs from the order in " + String.join(", ", mismatches));
		}
		return deliver(order);
	}

	private Verification verify(String appId, DeliveryNotification notification) {
		// A notification moves money: trust no key the platform may have revoked since
		// the key exchange last answered, more than min-refresh-interval ago.
		this.keys.refreshIfStale(appId, notification.env());
		Verification verification = this.keys.verifyPayEventSig(appId, notification.env(), notification.event(),
				notification.payload(), notification.payEventSig());
		if (!verification.isValid() && this.keys.refreshAfterFailure(appId, notification.env())) {
			// The platform may have rotated the key since we last asked.
			verification = this.keys.verifyPayEventSig(appId, notification.env(), notification.event(),
					notification.payload(), notification.payEventSig());
		}
		return verification;
	}

	/**
	 * The platform still signs with a key we replaced: worth knowing before the grace
	 * ends.
	 */
	private static void reportPreviousKey(OrderSnapshot order, Verification.Valid valid) {
		if (valid.key().previous()) {
			log.atWarn()
				.addKeyValue("outTradeNo", order.outTradeNo())
				.addKeyValue("appId", order.appId())
				.addKeyValue("keyVersion", valid.key().version())
				.log("PayEventSig verified with the previous appKey inside its grace window");
		}
	}

	private NotificationOutcome deliver(OrderSnapshot order) {
		try {
			DeliveryOutcome outcome = this.lifecycle.deliver(order.id(), DeliverySource.NOTIFICATION);
			if (outcome instanceof DeliveryOutcome.Delivered delivered) {
				return new NotificationOutcome.Delivered(delivered.late());
			}
			if (outcome instanceof DeliveryOutcome.NotDeliverable notDeliverable) {
				return new NotificationOutcome.Ignored("order is " + notDeliverable.status() + "; nothing delivered");
			}
			return new NotificationOutcome.Duplicate();
		}
		catch (OrderConflictException ex) {
			return new NotificationOutcome.Rejected(Rejection.RETRY_LATER, "the order is busy; try again");
		}
	}

	/**
	 * No order has this OutTradeNo. A notification that verifies for one of our apps is
	 * genuine (unknown order); any other is forged or for someone else (bad signature),
	 * so that a forger learns nothing about which numbers exist.
	 */
	private NotificationOutcome unknownOrder(DeliveryNotification notification) {
		for (MerchantApp app : this.apps.all()) {
			if (this.keys
				.verifyPayEventSig(app.appId(), notification.env(), notification.event(), notification.payload(),
						notification.payEventSig())
				.isValid()) {
				return new NotificationOutcome.Rejected(Rejection.UNKNOWN_ORDER,
						"no order has this OutTradeNo (app " + app.appId() + ")");
			}
		}
		return new NotificationOutcome.Rejected(Rejection.BAD_SIGNATURE,
				"PayEventSig verifies with no key of any configured app");
	}

	private List<String> mismatches(DeliveryNotification notification, PaidGoods goods, OrderSnapshot order) {
		List<String> mismatches = new ArrayList<>();
		MerchantApp app = this.apps.find(order.appId()).orElseThrow();
		if (!app.method().deliveryEvent().equals(notification.event())) {
			mismatches.add("Event");
		}
		if (notification.env() != order.env()) {
			mismatches.add("Env");
		}
		if (!goods.openId().equals(order.openid())) {
			mismatches.add("OpenId");
		}
		if (!goods.productId().equals(order.productId())) {
			mismatches.add("ProductId");
		}
		if (goods.quantity() != order.quantity()) {
			mismatches.add("Quantity");
		}
		if (goods.actualPrice() != order.amount()) {
			mismatches.add("ActualPrice");
		}
		return mismatches;
	}

	private static String hints(List<Hint> hints) {
		if (hints.isEmpty()) {
			return "";
		}
		return " (" + hints.stream().map((hint) -> hint.code().name()).collect(Collectors.joining(", ")) + ")";
	}

}
