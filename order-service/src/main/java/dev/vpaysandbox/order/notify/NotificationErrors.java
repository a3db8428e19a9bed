package dev.vpaysandbox.order.notify;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures while handling a notification are answered in the protocol's envelope: an
 * unreadable body is refused (400), an unexpected failure gets a non-zero code so that
 * the platform tries again. A body too large never gets here: web-support's
 * BodySizeLimitFilter refuses it, chunked or not, and ProblemDetailsAdvice answers it in
 * this envelope (413).
 */
@RestControllerAdvice(assignableTypes = NotificationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationErrors {

	private static final Logger log = LoggerFactory.getLogger(NotificationErrors.class);

	/** A body that cannot be read is the sender's fault, not a reason to try again. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<NotificationController.NotifyReply> unreadable(HttpMessageNotReadableException ex) {
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
