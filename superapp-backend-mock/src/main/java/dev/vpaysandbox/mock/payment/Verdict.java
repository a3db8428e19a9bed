package dev.vpaysandbox.mock.payment;

import java.util.List;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;

/** What the pre-order check and the cashier decided about one payment call. */
sealed interface Verdict {

	/**
	 * Accepted, and paid at once at the cashier.
	 *
	 * @param payment the paid payment
	 * @param notes what the verifiers accepted but report (upper-case hex, previous key)
	 */
	record Paid(Payment payment, List<HintReport> notes) implements Verdict {
	}

	/**
	 * Accepted; the payment waits at the cashier.
	 *
	 * @param payment the pending payment
	 * @param notes what the verifiers accepted but report
	 */
	record Pending(Payment payment, List<HintReport> notes) implements Verdict {
	}

	/**
	 * Accepted, but the cashier ended it unpaid (a chaos scenario declined or cancelled
	 * it): the payment is closed and its outTradeNo used.
	 *
	 * @param payment the closed payment
	 * @param notes what the verifiers accepted but report
	 * @param errCode the JS callback's errCode: -1 declined, -2 cancelled
	 * @param httpStatus the HTTP status of the answer (4xx)
	 * @param reason the text after {@code fail} in errMsg
	 */
	record Closed(Payment payment, List<HintReport> notes, int errCode, int httpStatus,
			String reason) implements Verdict {
	}

	/**
	 * Refused.
	 *
	 * @param errCode the JS callback's errCode
	 * @param httpStatus the HTTP status of the answer (4xx)
	 * @param reason the text after {@code fail} in errMsg
	 * @param diagnosis why, in detail
	 */
	record Rejected(int errCode, int httpStatus, String reason, Diagnosis diagnosis) implements Verdict {
	}

}
