package dev.vpaysandbox.mock.chaos;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every fault the sandbox can inject, with its argument, what it does and what a correct
 * merchant backend must do about it. A fault acts on the payment call or on the delivery
 * notification ({@link Stage}).
 */
public enum FaultType {

	/** The cashier declines the payment. */
	DECLINE("decline", Stage.PAYMENT_CALL, Argument.NONE, 0, 0, 0,
			"The cashier declines the payment: the call answers errCode -1, the payment is closed "
					+ "(query_order status 6) and no notification is sent.",
			"Keep the order unpaid and let it expire; never deliver on a front-end callback."),

	/** The user cancels at the cashier. */
	CANCEL("cancel", Stage.PAYMENT_CALL, Argument.NONE, 0, 0, 0,
			"The user cancels at the cashier: the call answers errCode -2, the payment is closed "
					+ "(query_order status 6) and no notification is sent.",
			"Keep the order unpaid; the user may buy again with a new outTradeNo."),

	/** The payment call answers 5xx although the payment went through. */
	CALL_ERROR("call-error", Stage.PAYMENT_CALL, Argument.STATUS, 500, 500, 599,
			"The payment is taken and notified as usual, but the payment call answers this 5xx status "
					+ "with errCode -1.",
			"Do not trust the front-end result: deliver on the notification, or find the payment "
					+ "through query_order (status 2-4)."),

	/** The payment call hangs, then answers. */
	CALL_HANG("call-hang", Stage.PAYMENT_CALL, Argument.DURATION, 60_000, 1, 600_000,
			"The payment is taken and notified at once, but the answer to the payment call is held back "
					+ "this long (past a client's timeout).",
			"Deliver on the notification; a front end that timed out asks the merchant backend, "
					+ "never the callback, whether the order is paid."),

	/** The first notification is delayed. */
	DELAY("delay", Stage.NOTIFICATION, Argument.DURATION, 30_000, 1, 604_800_000,
			"The first attempt is made this long after the payment (not scaled): the payment stays "
					+ "status 2 meanwhile.",
			"Show the order as paying; reconcile with query_order when the front end reports success "
					+ "and no notification came."),

	/** The first notification is sent more than once, at the same moment. */
	DUPLICATE("duplicate", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 10,
			"The first sent attempt goes out this many extra times, all copies at once.",
			"Deliver exactly once (one delivery row per outTradeNo) and answer every copy with " + "returnCode \"0\"."),

	/** The first attempts are lost on the way. */
	DROP("drop", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many attempts are recorded but never sent; the retry schedule goes on "
					+ "(16 drops: the notification dies unsent).",
			"Nothing arrives: reconcile through query_order and confirm with notify_provide_goods."),

	/** The notification overtakes, or is overtaken by, the app's next one. */
	REVERSE("reverse", Stage.NOTIFICATION, Argument.DURATION, 60_000, 1, 3_600_000,
			"The notification is held until the app's next notification has been sent, so the later "
					+ "payment is notified first; it is released after this long at most.",
			"Handle each notification on its own outTradeNo; never assume payments are notified in order."),

	/** PayEventSig is corrupted. */
	CORRUPT_SIG("corrupt-sig", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many sent attempts carry a PayEventSig with one hex digit changed; later "
					+ "attempts are correct.",
			"Reject with HTTP 401 and a non-zero returnCode, deliver nothing, accept the correct retry."),

	/** PayEventSig is made with the other env's appKey. */
	OTHER_ENV_KEY("other-env-key", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many sent attempts are signed with the appKey of the other env.",
			"Verify with the key of the Payload's Env: reject with HTTP 401, accept the correct retry."),

	/** PayEventSig is made with the previous appKey. */
	PREVIOUS_KEY("previous-key", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many sent attempts are signed with the env's previous appKey (after a "
					+ "rotation; without one, with a key the app never had).",
			"Accept the previous key only inside its grace window, and report it; otherwise reject "
					+ "with HTTP 401."),

	/** The Payload names a wrong price. */
	WRONG_PRICE("wrong-price", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many sent attempts say OrigPrice and ActualPrice are 1 cent (2 if the order "
					+ "cost 1), correctly signed.",
			"Compare the Payload with the stored order: reject with a 4xx and a non-zero returnCode, "
					+ "deliver nothing."),

	/** The Payload names a wrong product. */
	WRONG_PRODUCT("wrong-product", Stage.NOTIFICATION, Argument.COUNT, 1, 1, 16,
			"The first this-many sent attempts name another product of the app (or an unknown one), "
					+ "correctly signed.",
			"Compare the Payload with the stored order: reject with a 4xx and a non-zero returnCode, "
					+ "deliver nothing.");

	private final String wireName;

	private final Stage stage;

	private final Argument argument;

	private final long defaultArgument;

	private final long min;

	private final long max;

	private final String effect;

	private final String receiverMust;

	FaultType(String wireName, Stage stage, Argument argument, long defaultArgument, long min, long max, String effect,
			String receiverMust) {
		this.wireName = wireName;
		this.stage = stage;
		this.argument = argument;
		this.defaultArgument = defaultArgument;
		this.min = min;
		this.max = max;
		this.effect = effect;
		this.receiverMust = receiverMust;
	}

	/** The name in a scenario text, e.g. {@code corrupt-sig}. */
	public String wireName() {
		return this.wireName;
	}

	public Stage stage() {
		return this.stage;
	}

	public Argument argument() {
		return this.argument;
	}

	/** The argument when none is given: a count, a status, or milliseconds. */
	public long defaultArgument() {
		return this.defaultArgument;
	}

	/** The smallest argument allowed. */
	public long min() {
		return this.min;
	}

	/** The largest argument allowed. */
	public long max() {
		return this.max;
	}

	/** What the sandbox does. */
	public String effect() {
		return this.effect;
	}

	/** What a correct merchant backend must do. */
	public String receiverMust() {
		return this.receiverMust;
	}

	/** Whether this fault alters the signature or the Payload of a sent attempt. */
	public boolean tampers() {
		return this == CORRUPT_SIG || this == OTHER_ENV_KEY || this == PREVIOUS_KEY || this == WRONG_PRICE
				|| this == WRONG_PRODUCT;
	}

	/** The fault of a scenario-text name, if any. */
	public static Optional<FaultType> fromWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

	/** What a fault acts on. */
	public enum Stage {

		/** The JS-API payment call and the cashier. */
		PAYMENT_CALL,

		/** The delivery notification. */
		NOTIFICATION

	}

	/** What a fault's argument means. */
	public enum Argument {

		/** No argument. */
		NONE,

		/** A count: copies, attempts. */
		COUNT,

		/** An HTTP status. */
		STATUS,

		/** A duration such as {@code 500ms}, {@code 30s}, {@code 5m} or {@code 2h}. */
		DURATION

	}

}
