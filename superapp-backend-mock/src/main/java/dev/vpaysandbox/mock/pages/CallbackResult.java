package dev.vpaysandbox.mock.pages;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.payment.CloseReason;
import dev.vpaysandbox.mock.payment.Payment;
import dev.vpaysandbox.mock.payment.PaymentStatus;

/**
 * What the JS API's callback receives once the user has acted at the cashier:
 * {@code {"errMsg":"<method>:ok"}} for success, {@code {"errMsg":"<method>:fail cancel",
 * "errCode":-2}}, {@code {"errMsg":"<method>:fail payment failed","errCode":-1}} or, when
 * the cashier timed out, {@code {"errMsg":"<method>:fail timeout","errCode":-1}}.
 *
 * @param errMsg the callback's errMsg
 * @param errCode the failure's errCode, or {@code null} on success
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallbackResult(String errMsg, Integer errCode) {

	/** The callback result of a settled payment, or {@code null} while it is pending. */
	static CallbackResult of(Payment payment) {
		String method = payment.method().wireName();
		if (payment.status() == PaymentStatus.PENDING) {
			return null;
		}
		if (payment.status() != PaymentStatus.CLOSED) {
			return new CallbackResult(method + ":ok", null);
		}
		CloseReason reason = payment.closeReason();
		String text = switch (reason) {
			case CANCELLED -> "cancel";
			case FAILED -> "payment failed";
			case EXPIRED -> "timeout";
		};
		return new CallbackResult(method + ":fail " + text, reason.errCode());
	}

}
