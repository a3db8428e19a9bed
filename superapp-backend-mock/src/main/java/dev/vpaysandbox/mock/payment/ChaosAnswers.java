package dev.vpaysandbox.mock.payment;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.vpaysandbox.mock.chaos.Fault;
import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.PayMethod;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * How chaos faults change the answer to a payment call: a declined or cancelled payment
 * fails with the cashier's code, {@code call-error} answers a 5xx although the payment
 * went through, {@code call-hang} holds the answer back ({@link HeldResponseFilter}).
 * Every answer shaped by a scenario names its faults in {@value #APPLIED_HEADER}.
 */
final class ChaosAnswers {

	/** The header listing the faults that fired for the payment. */
	static final String APPLIED_HEADER = "X-Sandbox-Scenario-Applied";

	/** The JS errCode of a host-app failure. */
	private static final int SYSTEM_ERROR = -1;

	private ChaosAnswers() {
	}

	/** The answer to an accepted call, as the payment's faults make it. */
	static ResponseEntity<JsAnswer> apply(Payment payment, ResponseEntity<JsAnswer> normal,
			HttpServletRequest request) {
		Faults faults = payment.faults();
		if (faults.isEmpty()) {
			return normal;
		}
		faults.find(FaultType.CALL_HANG)
			.ifPresent((hang) -> request.setAttribute(HeldResponseFilter.HOLD_ATTRIBUTE, hang.duration()));
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(normal.getHeaders());
		headers.set(APPLIED_HEADER, faults.text());
		Optional<Fault> error = faults.find(FaultType.CALL_ERROR);
		if (error.isEmpty()) {
			return ResponseEntity.status(normal.getStatusCode()).headers(headers).body(normal.getBody());
		}
		JsAnswer answer = JsAnswer.failure(payment.method(), "system error", SYSTEM_ERROR,
				Diagnosis.of("chaos", SYSTEM_ERROR, "call-error: payment " + payment.id() + " is " + payment.status()
						+ "; this answer is a simulated host-app failure"));
		return ResponseEntity.status(error.get().count()).headers(headers).body(answer);
	}

	/** The answer to a call whose payment the cashier declined or cancelled. */
	static ResponseEntity<JsAnswer> closed(PayMethod method, Verdict.Closed closed) {
		String outcome = (closed.payment().closeReason() == CloseReason.CANCELLED) ? "cancelled by the user"
				: "declined";
		JsAnswer answer = JsAnswer.failure(method, closed.reason(), closed.errCode(),
				Diagnosis.of("cashier", closed.errCode(), "payment " + closed.payment().id() + " was " + outcome
						+ " at the cashier (chaos scenario); no notification follows"));
		return ResponseEntity.status(closed.httpStatus())
			.header(WxPaymentController.PAYMENT_ID_HEADER, closed.payment().id())
			.header(APPLIED_HEADER, closed.payment().faults().text())
			.body(answer);
	}

}
