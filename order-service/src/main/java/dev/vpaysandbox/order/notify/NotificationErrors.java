package dev.vpaysandbox.order.notify;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unexpected failure while handling a notification is answered in the protocol's
 * envelope with a non-zero code, so the platform tries again.
 */
@RestControllerAdvice(assignableTypes = NotificationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationErrors {

	private static final Logger log = LoggerFactory.getLogger(NotificationErrors.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<NotificationController.NotifyReply> unexpected(Exception ex) {
		String requestId = UUID.randomUUID().toString();
		log.atError().setCause(ex).addKeyValue("requestId", requestId).log("Delivery notification failed unexpectedly");
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(new NotificationController.NotifyReply("500", "internal error; try again", null, requestId));
	}

}
