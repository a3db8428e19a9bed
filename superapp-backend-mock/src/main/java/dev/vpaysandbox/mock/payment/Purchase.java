package dev.vpaysandbox.mock.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.vpaysandbox.signing.protocol.Money;

/**
 * What a payment bought and how the call carried it, fixed when the payment opens: the
 * item, quantity and price from its signData, the signData text itself, and the
 * verifiers' notes.
 *
 * @param productId the item
 * @param quantity buyQuantity
 * @param unitPrice goodsPrice, minor units of {@code currency}
 * @param orderFee goodsPrice × buyQuantity, minor units
 * @param currency the currency
 * @param platform the platform, lower-case, or {@code null}
 * @param attach the merchant's attach, or {@code null}
 * @param signData the signData text exactly as received
 * @param checkNotes the verifiers' notes as JSON, or {@code null}
 */
@Embeddable
public record Purchase(@Column(name = "product_id") String productId, long quantity,
		@Column(name = "unit_price") long unitPrice, @Column(name = "order_fee") long orderFee, String currency,
		String platform, String attach, @Column(name = "sign_data") String signData,
		@Column(name = "check_notes") String checkNotes) {

	static Purchase of(PaymentDraft draft) {
		Money total = draft.unitPrice().times(Math.toIntExact(draft.quantity()));
		return new Purchase(draft.productId(), draft.quantity(), draft.unitPrice().minor(), total.minor(),
				draft.unitPrice().currency(), draft.platform(), draft.attach(), draft.signData(), draft.checkNotes());
	}

	/** goodsPrice. */
	public Money price() {
		return new Money(this.unitPrice, this.currency);
	}

	/** goodsPrice × buyQuantity. */
	public Money total() {
		return new Money(this.orderFee, this.currency);
	}

}
