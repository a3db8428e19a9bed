package dev.vpaysandbox.mock.payment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * What the host app's JS payment APIs answer, in the callback's shape:
 * {@code {"errMsg":"<method>:ok"}}, {@code {"errMsg":"<method>:pending",...}} or
 * {@code {"errMsg":"<method>:fail <reason>","errCode":..,"diagnosis":{..}}}.
 */
sealed interface JsAnswer {

	/** {@code <method>:ok}, {@code :pending} or {@code :fail <reason>}. */
	String errMsg();

	/** A failure of this method for this reason. */
	static Failure failure(PayMethod method, String reason, int errCode, Diagnosis diagnosis) {
		return new Failure(method.wireName() + ":fail " + reason, errCode, diagnosis);
	}

	/**
	 * Paid.
	 *
	 * @param errMsg {@code <method>:ok}
	 * @param notes what the verifiers accepted but report; omitted when none
	 */
	record Paid(String errMsg, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HintReport> notes) implements JsAnswer {

		Paid(PayMethod method, List<HintReport> notes) {
			this(method.wireName() + ":ok", notes);
		}

	}

	/**
	 * Accepted; the payment waits at the cashier.
	 *
	 * @param errMsg {@code <method>:pending}
	 * @param paymentId the payment
	 * @param cashierUrl where the cashier shows it
	 * @param notes what the verifiers accepted but report; omitted when none
	 */
	record Pending(String errMsg, String paymentId, String cashierUrl,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<HintReport> notes) implements JsAnswer {

		Pending(PayMethod method, String paymentId, String cashierUrl, List<HintReport> notes) {
			this(method.wireName() + ":pending", paymentId, cashierUrl, notes);
		}

	}

	/**
	 * Refused, or failed.
	 *
	 * @param errMsg {@code <method>:fail <reason>}
	 * @param errCode the callback's errCode
	 * @param diagnosis why, in detail
	 */
	record Failure(String errMsg, int errCode, Diagnosis diagnosis) implements JsAnswer {
	}

}
