package dev.vpaysandbox.order.inventory;

import java.time.Instant;
import java.util.List;

import dev.vpaysandbox.order.inventory.InventoryEntry.Kind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each user owns, as a ledger of grants and revocations. Grant and revoke run inside
 * the caller's transaction, the one that changes the order, so an order's state and the
 * user's items always commit together; a second grant or revocation for the same order
 * fails on the table's unique constraint.
 */
@Component
public class InventoryLedger {

	private final InventoryEntryRepository entries;

	InventoryLedger(InventoryEntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * Gives the user the items of a delivered order.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the order was
	 * already granted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void grant(long orderId, String appId, String openid, String productId, int quantity, Instant at) {
		this.entries.saveAndFlush(new InventoryEntry(orderId, Kind.GRANT, appId, openid, productId, quantity, at));
	}

	/**
	 * Takes back the items of a refunded order.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the order was
	 * already revoked
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void revoke(long orderId, String appId, String openid, String productId, int quantity, Instant at) {
		this.entries.saveAndFlush(new InventoryEntry(orderId, Kind.REVOKE, appId, openid, productId, -quantity, at));
	}

	/** What a user of an app owns, by product; products they own none of are left out. */
	@Transactional(readOnly = true)
	public List<Holding> holdings(String appId, String openid) {
		return this.entries.holdings(appId, openid);
	}

}
