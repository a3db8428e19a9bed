package dev.vpaysandbox.order.order;

/**
 * Concurrent changes to one order kept colliding and this call could not tell what
 * committed: nothing was changed by it, and the caller should try again later.
 */
public class OrderConflictException extends RuntimeException {

	OrderConflictException(String outTradeNo, Throwable cause) {
		super("order " + outTradeNo + " is being changed concurrently; try again", cause);
	}

}
