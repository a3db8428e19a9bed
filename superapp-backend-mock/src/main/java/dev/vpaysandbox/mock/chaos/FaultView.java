package dev.vpaysandbox.mock.chaos;

/**
 * A fault on offer.
 *
 * @param fault its name in a scenario text
 * @param stage PAYMENT_CALL or NOTIFICATION
 * @param argument NONE, COUNT, STATUS or DURATION
 * @param example the fault with its default argument, as a scenario text writes it
 * @param effect what the sandbox does
 * @param receiverMust what a correct merchant backend must do
 */
record FaultView(String fault, String stage, String argument, String example, String effect, String receiverMust) {

	static FaultView of(FaultType type) {
		return new FaultView(type.wireName(), type.stage().name(), type.argument().name(), Fault.of(type).text(),
				type.effect(), type.receiverMust());
	}

}
