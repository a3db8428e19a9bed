package dev.vpaysandbox.order.reconcile;

import org.springframework.context.ApplicationContext;

/** Lets tests in other packages run reconciliation by hand. */
public final class ReconcilerAccess {

	private ReconcilerAccess() {
	}

	public static int reconcileDue(ApplicationContext context) {
		return context.getBean(Reconciler.class).reconcileDue();
	}

}
