package dev.vpaysandbox.e2e.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.payment.CloseReason;

/**
 * A payment as the mock's control API shows it ({@code GET /sandbox/payments}).
 *
 * @param paymentId the mock's payment id ({@code wx_order_id})
 * @param outTradeNo the merchant's order number
 * @param status PENDING, PAID, DELIVERING, DELIVERED, CLOSED or REFUNDED
 * @param queryStatus the status {@code query_order} reports (1 pending ... 4 delivered, 6
 * closed)
 * @param closeReason CANCELLED or FAILED once closed, else {@code null}
 * @param orderFee what was charged, minor units
 * @param notes what the pre-order check accepted but noted
 */
public record PaymentRecord(String paymentId, String outTradeNo, String status, int queryStatus, String closeReason,
		long orderFee, List<String> notes) {

	static PaymentRecord of(JsonNode json) {
		List<String> notes = new ArrayList<>();
		json.path("check").path("notes").forEach((note) -> notes.add(note.path("code").asString()));
		JsonNode closeReason = json.path("closeReason");
		return new PaymentRecord(json.get("paymentId").asString(), json.get("outTradeNo").asString(),
				json.get("status").asString(), json.get("queryStatus").asInt(),
				closeReason.isMissingNode() ? null : closeReason.asString(), json.get("orderFee").asLong(), notes);
	}

	/**
	 * The errCode the JS API's fail callback carries for this closed payment, as the mock
	 * defines it for its close reason (-2 cancelled, -1 failed). The control API names
	 * the reason; the code is the mock's own mapping, not the test's.
	 */
	public int callbackErrCode() {
		if (this.closeReason == null) {
			throw new AssertionError("payment " + this.paymentId + " is " + this.status + ", not closed");
		}
		return CloseReason.valueOf(this.closeReason).errCode();
	}

}
