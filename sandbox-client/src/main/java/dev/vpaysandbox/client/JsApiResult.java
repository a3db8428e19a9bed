package dev.vpaysandbox.client;

import java.util.List;
import java.util.Optional;

/**
 * What a JS payment API call answered, in the JS callback's shape: paid at once (200,
 * {@code <method>:ok}), waiting at the cashier (202, {@code <method>:pending}), or failed
 * ({@code <method>:fail <reason>} with an {@code errCode} and, from the pre-order check,
 * a diagnosis). A success callback is no proof of payment: ask the merchant backend.
 *
 * @param outcome which of the three
 * @param httpStatus the HTTP status: 200, 202, or 4xx (5xx for a chaos
 * {@code call-error})
 * @param errMsg the callback's {@code errMsg}
 * @param errCode the callback's {@code errCode}, 0 unless failed
 * @param paymentId the payment the call opened, or {@code null} when it opened none
 * @param cashierUrl where a waiting payment's cashier is, or {@code null}
 * @param notes what an accepted call's verifiers reported
 * @param diagnosis why a failed call failed, or {@code null}
 * @param scenarioApplied the chaos faults that shaped the answer, or {@code null}
 */
public record JsApiResult(Outcome outcome, int httpStatus, String errMsg, int errCode, String paymentId,
		String cashierUrl, List<Note> notes, Diagnosis diagnosis, String scenarioApplied) {

	public JsApiResult {
		notes = (notes != null) ? List.copyOf(notes) : List.of();
	}

	/** Whether the payment was made at once. */
	public boolean paid() {
		return this.outcome == Outcome.PAID;
	}

	/** Whether the payment waits at the cashier. */
	public boolean pending() {
		return this.outcome == Outcome.PENDING;
	}

	/** Whether the call failed. */
	public boolean failed() {
		return this.outcome == Outcome.FAILED;
	}

	/** The payment the call opened, if any. */
	public Optional<String> payment() {
		return Optional.ofNullable(this.paymentId);
	}

	/**
	 * The failed check the diagnosis names ({@code paySig}, {@code price}, ...), or "".
	 */
	public String failedCheck() {
		return (this.diagnosis != null && this.diagnosis.check() != null) ? this.diagnosis.check() : "";
	}

	/** A signature failure's reason (MISSING, MALFORMED, MISMATCH, NO_KEY), or "". */
	public String signatureReason() {
		return (this.diagnosis != null && this.diagnosis.signature() != null) ? this.diagnosis.signature().reason()
				: "";
	}

	/** The codes of a signature failure's hints ({@code STALE_SESSION}, ...). */
	public List<String> hints() {
		return (this.diagnosis != null && this.diagnosis.signature() != null)
				? this.diagnosis.signature().hints().stream().map(Note::code).toList() : List.of();
	}

	/** The codes of an accepted call's notes ({@code UPPER_CASE_HEX}, ...). */
	public List<String> noteCodes() {
		return this.notes.stream().map(Note::code).toList();
	}

	/** Which callback the front end gets. */
	public enum Outcome {

		/** {@code success}: paid at once. */
		PAID,

		/** The sandbox's extension: the payment waits at the cashier. */
		PENDING,

		/** {@code fail}, with an errCode. */
		FAILED

	}

}
