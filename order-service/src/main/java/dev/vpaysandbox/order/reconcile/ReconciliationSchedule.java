package dev.vpaysandbox.order.reconcile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs reconciliation every {@code interval} unless it is disabled. */
@Component
@ConditionalOnBooleanProperty("vpay.order.reconciliation.enabled")
class ReconciliationSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

	private final Reconciler reconciler;

	ReconciliationSchedule(Reconciler reconciler) {
		this.reconciler = reconciler;
	}

	@Scheduled(initialDelayString = "${vpay.order.reconciliation.interval}",
			fixedDelayString = "${vpay.order.reconciliation.interval}")
	void run() {
		try {
			int checked = this.reconciler.reconcileDue();
			if (checked > 0) {
				log.atInfo().addKeyValue("checked", checked).log("Reconciliation run");
			}
		}
		catch (RuntimeException ex) {
			log.atWarn().setCause(ex).log("Reconciliation run failed; the next run tries again");
		}
	}

}
