package dev.vpaysandbox.mock.notify;

import java.util.List;

import dev.vpaysandbox.mock.chaos.Fault;
import dev.vpaysandbox.mock.chaos.FaultType;
import dev.vpaysandbox.mock.chaos.Faults;

/**
 * What one attempt does, as the payment's chaos faults decide: dropped unsent, or sent
 * with these tamperings in this many copies. Attempts count from 1; the first
 * {@code drop} attempts are dropped, and the tamperings and duplicates count the attempts
 * actually sent. A hand-triggered attempt is always sent clean, once.
 *
 * @param dropped whether it is recorded but not sent
 * @param tamperings the faults that alter its signature or Payload
 * @param copies how many identical copies go out at once (1 without duplicates)
 */
record AttemptPlan(boolean dropped, List<FaultType> tamperings, int copies) {

	private static final AttemptPlan CLEAN = new AttemptPlan(false, List.of(), 1);

	static AttemptPlan of(Faults faults, int attempt, boolean manual) {
		if (manual) {
			return CLEAN;
		}
		int drops = faults.drops();
		if (attempt <= drops) {
			return new AttemptPlan(true, List.of(), 0);
		}
		int sent = attempt - drops;
		int duplicates = (sent == 1) ? faults.find(FaultType.DUPLICATE).map(Fault::count).orElse(0) : 0;
		return new AttemptPlan(false, faults.tamperingsOf(sent), 1 + duplicates);
	}

}
