package dev.vpaysandbox.order.order;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of one order in its own transaction and handles a collision with a
 * concurrent change (a unique constraint or the version refused it): the loser reads what
 * committed instead of guessing.
 */
@Component
class OrderTransactions {

	private static final int ATTEMPTS = 3;

	private final PurchaseOrderRepository orders;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	OrderTransactions(PurchaseOrderRepository orders, PlatformTransactionManager transactionManager) {
		this.orders = orders;
		this.writes = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/**
	 * Runs {@code change}; after a collision, returns {@code settled}'s answer for the
	 * order as committed, or tries again while that answer is {@code null}.
	 * @throws OrderConflictException when collisions persist
	 */
	<T> T retrying(long orderId, Supplier<T> change, Function<PurchaseOrder, T> settled) {
		RuntimeException collision = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return this.writes.execute((status) -> change.get());
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException | TransactionSystemException ex) {
				collision = ex;
				T answer = this.reads.execute((status) -> settled.apply(load(orderId)));
				if (answer != null) {
					return answer;
				}
			}
		}
		String outTradeNo = this.reads.execute((status) -> load(orderId).outTradeNo());
		throw new OrderConflictException(outTradeNo, collision);
	}

	/**
	 * Runs {@code change} once; a collision means another caller changed the order first,
	 * so this one changed nothing.
	 */
	boolean once(Supplier<Boolean> change) {
		try {
			return Boolean.TRUE.equals(this.writes.execute((status) -> change.get()));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException | TransactionSystemException ex) {
			return false;
		}
	}

	PurchaseOrder load(long orderId) {
		return this.orders.findById(orderId)
			.orElseThrow(() -> new IllegalArgumentException("no order with id " + orderId));
	}

}
