package dev.vpaysandbox.mock.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.notify.Deliveries.Filter;
import dev.vpaysandbox.mock.notify.Deliveries.Redelivery;
import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of delivery notifications: each with its payment in brief and every
 * attempt, the dead ones, and redelivery by hand.
 */
@RestController
@Tag(name = "sandbox: delivery notifications")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class NotificationController {

	private static final int MAX_LIMIT = 500;

	private final Deliveries deliveries;

	NotificationController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/sandbox/notifications")
	@Operation(summary = "The newest notifications with every attempt, filtered by app, status (READY, "
			+ "IN_FLIGHT, ACKED, DEAD), outTradeNo or paymentId")
	List<NotificationView> search(@RequestParam(required = false) String appId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String outTradeNo,
			@RequestParam(required = false) String paymentId, @RequestParam(defaultValue = "50") int limit) {
		NotificationStatus wanted = (status != null) ? status(status) : null;
		return this.deliveries.search(new Filter(appId, wanted, outTradeNo, paymentId), limit(limit))
			.stream()
			.map(NotificationView::of)
			.toList();
	}

	@GetMapping("/sandbox/notifications/dead")
	@Operation(summary = "Dead notifications (every retry failed), newest first; redeliver them by hand")
	List<NotificationView> dead(@RequestParam(required = false) String appId,
			@RequestParam(defaultValue = "50") int limit) {
		return this.deliveries.search(new Filter(appId, NotificationStatus.DEAD, null, null), limit(limit))
			.stream()
			.map(NotificationView::of)
			.toList();
	}

	@GetMapping("/sandbox/notifications/{notificationId}")
	@Operation(summary = "A notification with every attempt")
	NotificationView get(@PathVariable long notificationId) {
		return this.deliveries.find(notificationId)
			.map(NotificationView::of)
			.orElseThrow(() -> unknown(notificationId));
	}

	@PostMapping("/sandbox/notifications/{notificationId}/redeliver")
	@Operation(summary = "Send a notification now: a waiting one is pulled forward, a dead or acknowledged one "
			+ "gets one more attempt without chaos faults (409 while an attempt is in flight)")
	ResponseEntity<NotificationView> redeliver(@PathVariable long notificationId) {
		Redelivery redelivery = this.deliveries.redeliver(notificationId);
		if (redelivery instanceof Redelivery.Scheduled scheduled) {
			return ResponseEntity.accepted().body(NotificationView.of(scheduled.delivery()));
		}
		if (redelivery instanceof Redelivery.InFlight) {
			throw Problems.exception(HttpStatus.CONFLICT, "notification-in-flight",
					"notification " + notificationId + " has an attempt in flight; try again when it has ended");
		}
		throw unknown(notificationId);
	}

	private static NotificationStatus status(String status) {
		try {
			return NotificationStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.invalid("status must be one of " + Arrays.toString(NotificationStatus.values()));
		}
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Problems.invalid("limit must be 1-" + MAX_LIMIT);
		}
		return limit;
	}

	private static RuntimeException unknown(long notificationId) {
		return Problems.notFound("no notification " + notificationId);
	}

}
