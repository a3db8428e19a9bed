package dev.vpaysandbox.mock.payment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.mock.system.AssignedIdEntity;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * A payment of one (appId, env, outTradeNo), unique: the aggregate whose guarded verbs
 * ({@link #markPaid}, {@link #close}, {@link #markDelivering}, {@link #markDelivered},
 * {@link #refund}) refuse illegal transitions. Marking it paid publishes
 * {@link PaymentPaid} when the repository saves it. What it bought is its
 * {@link Purchase}, when it changed its {@link PaymentTimes}; every amount is
 * {@link Money} in the purchase's currency.
 */
@Entity
@Table(name = "payment")
public class Payment extends AssignedIdEntity<Payment, String> {

	@Id
	private String id;

	@Column(name = "app_id")
	private String appId;

	private Env env;

	@Column(name = "out_trade_no")
	private OutTradeNo outTradeNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "pay_method")
	private PayMethod method;

	@Column(name = "user_id")
	private String userId;

	private String openid;

	@Embedded
	private Purchase purchase;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "close_reason")
	private CloseReason closeReason;

	@Column(name = "refund_fee")
	private long refundFee;

	private String scenario;

	@Embedded
	private PaymentTimes times;

	@Version
	private long version;

	protected Payment() {
	}

	private Payment(String id, PaymentDraft draft, Instant now) {
		this.id = id;
		this.appId = draft.appId();
		this.env = draft.env();
		this.outTradeNo = draft.outTradeNo();
		this.method = draft.method();
		this.userId = draft.userId();
		this.openid = draft.openid();
		this.purchase = Purchase.of(draft);
		this.scenario = draft.faults().text();
		this.status = PaymentStatus.PENDING;
		this.times = PaymentTimes.createdAt(now);
	}

	/** A pending payment for what the pre-order check accepted. */
	static Payment open(String id, PaymentDraft draft, Instant now) {
		return new Payment(id, draft, now);
	}

	/** PENDING → PAID; publishes {@link PaymentPaid} on save. */
	public void markPaid(Instant now) {
		require(EnumSet.of(PaymentStatus.PENDING), "mark paid");
		this.status = PaymentStatus.PAID;
		this.times = this.times.paid(now);
		registerEvent(new PaymentPaid(this.id, this.appId, this.env, now, faults()));
	}

	/** PENDING → CLOSED: cancelled, failed or timed out at the cashier. */
	public void close(CloseReason reason, Instant now) {
		require(EnumSet.of(PaymentStatus.PENDING), "close");
		this.status = PaymentStatus.CLOSED;
		this.closeReason = reason;
		this.times = this.times.closed(now);
	}

	/** PAID → DELIVERING: the first delivery attempt is under way. */
	public void markDelivering(Instant now) {
		require(EnumSet.of(PaymentStatus.PAID), "mark delivering");
		this.status = PaymentStatus.DELIVERING;
		this.times = this.times.delivering(now);
	}

	/** PAID or DELIVERING → DELIVERED: acknowledged, or notify_provide_goods. */
	public void markDelivered(Instant now) {
		require(EnumSet.of(PaymentStatus.PAID, PaymentStatus.DELIVERING), "mark delivered");
		this.status = PaymentStatus.DELIVERED;
		this.times = this.times.delivered(now);
	}

	/**
	 * Refunds part or all of what is left; the status becomes REFUNDED once nothing is
	 * left, and stays as it is after a partial refund.
	 * @throws IllegalArgumentException unless {@code 0 < fee <= leftFee()} in this
	 * payment's currency
	 */
	public void refund(Money fee, Instant now) {
		require(EnumSet.of(PaymentStatus.PAID, PaymentStatus.DELIVERING, PaymentStatus.DELIVERED), "refund");
		if (!fee.currency().equals(this.purchase.currency()) || fee.minor() <= 0 || fee.minor() > leftFee().minor()) {
			throw new IllegalArgumentException("refund of " + fee + " outside 1.." + leftFee());
		}
		this.refundFee += fee.minor();
		this.times = this.times.changed(now);
		if (leftFee().minor() == 0) {
			this.status = PaymentStatus.REFUNDED;
		}
	}

	private void require(Set<PaymentStatus> allowed, String verb) {
		if (!allowed.contains(this.status)) {
			throw new IllegalPaymentTransitionException(this.id, this.status, verb);
		}
	}

	/** goodsPrice × buyQuantity. */
	public Money orderFee() {
		return this.purchase.total();
	}

	/** What was paid: the order fee once paid, else 0. */
	public Money paidFee() {
		return this.status.isPaid() ? orderFee() : money(0);
	}

	/** What was refunded so far. */
	public Money refundFee() {
		return money(this.refundFee);
	}

	/** What is left to refund: paid fee minus refunds. */
	public Money leftFee() {
		return money(paidFee().minor() - this.refundFee);
	}

	private Money money(long minor) {
		return new Money(minor, this.purchase.currency());
	}

	@Override
	public String getId() {
		return this.id;
	}

	public String id() {
		return this.id;
	}

	public String appId() {
		return this.appId;
	}

	public Env env() {
		return this.env;
	}

	public OutTradeNo outTradeNo() {
		return this.outTradeNo;
	}

	public PayMethod method() {
		return this.method;
	}

	public String userId() {
		return this.userId;
	}

	public String openid() {
		return this.openid;
	}

	/** What it bought, as the accepted call said. */
	public Purchase purchase() {
		return this.purchase;
	}

	public PaymentStatus status() {
		return this.status;
	}

	/** Why it closed, or {@code null}. */
	public CloseReason closeReason() {
		return this.closeReason;
	}

	/** The chaos faults that fired for this payment, {@link Faults#NONE} for none. */
	public Faults faults() {
		return Faults.parse(this.scenario);
	}

	/** When it reached each state. */
	public PaymentTimes times() {
		return this.times;
	}

	@Override
	public String toString() {
		return "Payment[" + this.id + ", " + this.appId + ", env " + this.env.code() + ", " + this.outTradeNo + ", "
				+ this.status + "]";
	}

}
