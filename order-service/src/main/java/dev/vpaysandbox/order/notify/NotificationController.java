package dev.vpaysandbox.order.notify;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.order.notify.NotificationOutcome.Rejection;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /notify/virtual-payment}: the platform's delivery notifications, answered
 * in the protocol's envelope (never a problem detail).
 */
@RestController
@Tag(name = "notifications")
class NotificationController {

	private final NotificationReceiver receiver;

	NotificationController(NotificationReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping(path = "/notify/virtual-payment", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Delivery notification receiver (called by the platform, signed with PayEventSig)")
	ResponseEntity<NotifyReply> receive(@RequestBody(required = false) String body) {
		String requestId = UUID.randomUUID().toString();
		NotificationOutcome outcome = this.receiver.receive(requestId, body);
		if (outcome instanceof NotificationOutcome.Rejected rejected) {
			Rejection rejection = rejected.rejection();
			return ResponseEntity.status(rejection.status())
				.body(new NotifyReply(rejection.returnCode(), rejected.reason(), null, requestId));
		}
		return ResponseEntity.ok(NotifyReply.success(requestId));
	}

	/**
	 * Any other method: the platform, or whoever probes the URL, gets the receiver's own
	 * envelope, not a problem detail.
	 */
	@RequestMapping(path = "/notify/virtual-payment",
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE,
					RequestMethod.OPTIONS })
	@Operation(hidden = true)
	ResponseEntity<NotifyReply> otherMethod() {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.allow(HttpMethod.POST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new NotifyReply("405", "only POST delivers a notification", null, UUID.randomUUID().toString()));
	}

	/**
	 * The protocol's answer.
	 *
	 * @param returnCode {@code "0"} on success, otherwise non-zero
	 * @param returnMessage a human-readable message
	 * @param data {@code "OK"} on success
	 * @param requestId this answer's id, also in the notification log
	 */
	record NotifyReply(String returnCode, String returnMessage, String data, String requestId) {

		static NotifyReply success(String requestId) {
			return new NotifyReply("0", "OK", "OK", requestId);
		}

	}

}
