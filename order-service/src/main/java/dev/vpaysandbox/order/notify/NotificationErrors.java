package dev.vpaysandbox.order.notify;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.order.system.RequestTooLargeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures while handling a notification are answered in the protocol's envelope: a body
 * too large or unreadable is refused (413, 400), an unexpected failure gets a non-zero
 * code so that the platform tries again.
 */
@RestControllerAdvice(assignableTypes = NotificationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationErrors {

	private static final Logger log = LoggerFactory.getLogger(NotificationErrors.class);

	private final long maxRequestSize;

	NotificationErrors(OrderServiceProperties properties) {
		this.maxRequestSize = properties.web().maxRequestSize().toBytes();
	}

	/**
	 * A body that cannot be read is the sender's fault, not a reason to try again: one
	 * that grew past the limit while streamed (chunked) gets the same 413 as one whose
	 * Content-Length is too large, anything else a 400.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<NotificationController.NotifyReply> unreadable(HttpMessageNotReadableException ex) {
		if (RequestTooLargeException.causedBy(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(new NotificationController.NotifyReply("413", "body exceeds " + this.maxRequestSize + " bytes",
						null, null));
		}
		return ResponseEntity.badRequest()
			.body(new NotificationController.NotifyReply("400", "the body cannot be read", null,
					UUID.randomUUID().toString()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<NotificationController.NotifyReply> unexpected(Exception ex) {
		String requestId = UUID.randomUUID().toString();
		log.atError().setCause(ex).addKeyValue("requestId", requestId).log("Delivery notification failed unexpectedly");
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(new NotificationController.NotifyReply("500", "internal error; try again", null, requestId));
	}

}
