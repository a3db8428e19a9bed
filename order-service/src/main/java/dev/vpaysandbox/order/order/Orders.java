package dev.vpaysandbox.order.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.order.session.AuthenticatedUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks orders up, and hands out reconciliation checks that are due. */
@Component
public class Orders {

	private final PurchaseOrderRepository repository;

	Orders(PurchaseOrderRepository repository) {
		this.repository = repository;
	}

	/** The order with this number, whoever owns it. */
	@Transactional(readOnly = true)
	public Optional<OrderSnapshot> findByOutTradeNo(String outTradeNo) {
		return this.repository.findByOutTradeNo(outTradeNo).map(PurchaseOrder::snapshot);
	}

	/** The order with this number if the user owns it; another user's order is absent. */
	@Transactional(readOnly = true)
	public Optional<OrderSnapshot> findOwned(AuthenticatedUser user, String outTradeNo) {
		return findByOutTradeNo(outTradeNo)
			.filter((order) -> order.appId().equals(user.appId()) && order.openid().equals(user.openid()));
	}

	/** Orders whose next check is due at {@code now}, oldest first. */
	@Transactional(readOnly = true)
	public List<OrderSnapshot> due(Instant now, int limit) {
		return this.repository.findDue(now, PageRequest.of(0, limit)).stream().map(PurchaseOrder::snapshot).toList();
	}

	/**
	 * Claims a due check by moving it to {@code next} ({@code null}: no further checks).
	 * Of several instances holding the same snapshot, exactly one succeeds.
	 * @return whether this caller won the check
	 */
	public boolean claimCheck(OrderSnapshot order, Instant next) {
		return this.repository.claimCheck(order.id(), order.nextCheckAt(), next) == 1;
	}

}
