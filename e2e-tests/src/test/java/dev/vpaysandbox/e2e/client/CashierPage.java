package dev.vpaysandbox.e2e.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The cashier of a payment that waits there: what it shows, and the user's three choices.
 * The choices are control-API calls (the cashier's actions), so they carry the admin
 * token as the cashier page does.
 */
public final class CashierPage {

	private final String mockUrl;

	private final String adminToken;

	private final JsonNode view;

	CashierPage(String mockUrl, String adminToken, String cashierUrl) {
		this.mockUrl = mockUrl;
		this.adminToken = adminToken;
		this.view = JsonHttp.get(mockUrl + cashierUrl, Map.of()).expect(200).json();
	}

	/** What the cashier asks the user to pay, in minor units. */
	public long orderFee() {
		return this.view.get("orderFee").asLong();
	}

	/** The payment's state as the cashier shows it. */
	public String status() {
		return this.view.get("status").asString();
	}

	/** The user pays. */
	public PaymentRecord pay() {
		return act("pay");
	}

	/** The user cancels (the JS callback's -2). */
	public PaymentRecord cancel() {
		return act("cancel");
	}

	/** The payment fails at the cashier (the JS callback's -1). */
	public PaymentRecord fail() {
		return act("fail");
	}

	private PaymentRecord act(String action) {
		String path = this.view.get("actions").get(action).asString();
		return PaymentRecord
			.of(JsonHttp.post(this.mockUrl + path, Map.of("Authorization", "Bearer " + this.adminToken), "")
				.expect(200)
				.json());
	}

}
