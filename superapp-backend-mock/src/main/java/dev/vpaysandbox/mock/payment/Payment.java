package dev.vpaysandbox.mock.payment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.PayMethod;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * A payment of one (appId, env, outTradeNo), unique: the aggregate whose guarded verbs
 * ({@link #markPaid}, {@link #close}, {@link #markDelivering}, {@link #markDelivered},
 * {@link #refund}) refuse illegal transitions. Marking it paid publishes
 * {@link PaymentPaid} when the repository saves it. Amounts are minor units.
 */
@Entity
@Table(name = "payment")
public class Payment extends AbstractAggregateRoot<Payment> implements Persistable<String> {

	@Id
	private String id;

	@Column(name = "app_id")
	private String appId;

	private int env;

	@Column(name = "out_trade_no")
	private String outTradeNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "pay_method")
	private PayMethod method;

	@Column(name = "user_id")
	private String userId;

	private String openid;

	@Column(name = "product_id")
	private String productId;

	private long quantity;

	@Column(name = "unit_price")
	private long unitPrice;

	@Column(name = "order_fee")
	private long orderFee;

	private String currency;

	private String platform;

	private String attach;

	@Column(name = "sign_data")
	private String signData;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "close_reason")
	private CloseReason closeReason;

	@Column(name = "refund_fee")
	private long refundFee;

	@Column(name = "check_notes")
	private String checkNotes;

	private String scenario;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "delivering_at")
	private Instant deliveringAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	@Transient
	private boolean isNew;

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
		this.productId = draft.productId();
		this.quantity = draft.quantity();
		this.unitPrice = draft.unitPrice();
		this.orderFee = Math.multiplyExact(draft.unitPrice(), draft.quantity());
		this.currency = draft.currency();
		this.platform = draft.platform();
		this.attach = draft.attach();
		this.signData = draft.signData();
		this.checkNotes = draft.checkNotes();
		this.scenario = draft.faults().text();
		this.status = PaymentStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
		this.isNew = true;
	}

	/** A pending payment for what the pre-order check accepted. */
	static Payment open(String id, PaymentDraft draft, Instant now) {
		return new Payment(id, draft, now);
	}

	/** PENDING → PAID; publishes {@link PaymentPaid} on save. */
	public void markPaid(Instant now) {
		require(EnumSet.of(PaymentStatus.PENDING), "mark paid");
		this.status = PaymentStatus.PAID;
		this.paidAt = now;
		this.updatedAt = now;
		registerEvent(new PaymentPaid(this.id, this.appId, this.env, now, faults()));
	}

	/** PENDING → CLOSED: cancelled, failed or timed out at the cashier. */
	public void close(CloseReason reason, Instant now) {
		require(EnumSet.of(PaymentStatus.PENDING), "close");
		this.status = PaymentStatus.CLOSED;
		this.closeReason = reason;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/** PAID → DELIVERING: the first delivery attempt is under way. */
	public void markDelivering(Instant now) {
		require(EnumSet.of(PaymentStatus.PAID), "mark delivering");
		this.status = PaymentStatus.DELIVERING;
		this.deliveringAt = now;
		this.updatedAt = now;
	}

	/** PAID or DELIVERING → DELIVERED: acknowledged, or notify_provide_goods. */
	public void markDelivered(Instant now) {
		require(EnumSet.of(PaymentStatus.PAID, PaymentStatus.DELIVERING), "mark delivered");
		this.status = PaymentStatus.DELIVERED;
		this.deliveredAt = now;
		this.updatedAt = now;
	}

	/**
	 * Refunds part or all of what is left; the status becomes REFUNDED once nothing is
	 * left, and stays as it is after a partial refund.
	 * @throws IllegalArgumentException unless {@code 0 < fee <= leftFee()}
	 */
	public void refund(long fee, Instant now) {
		require(EnumSet.of(PaymentStatus.PAID, PaymentStatus.DELIVERING, PaymentStatus.DELIVERED), "refund");
		if (fee <= 0 || fee > leftFee()) {
			throw new IllegalArgumentException("refund of " + fee + " outside 1.." + leftFee());
		}
		this.refundFee += fee;
		this.updatedAt = now;
		if (leftFee() == 0) {
			this.status = PaymentStatus.REFUNDED;
		}
	}

	private void require(Set<PaymentStatus> allowed, String verb) {
		if (!allowed.contains(this.status)) {
			throw new IllegalPaymentTransitionException(this.id, this.status, verb);
		}
	}

	/** What was paid: the order fee once paid, else 0. */
	public long paidFee() {
		return this.status.isPaid() ? this.orderFee : 0;
	}

	/** What is left to refund: paid fee minus refunds. */
	public long leftFee() {
		return paidFee() - this.refundFee;
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

	/** The env, 0 or 1. */
	public int env() {
		return this.env;
	}

	public String outTradeNo() {
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

	public String productId() {
		return this.productId;
	}

	public long quantity() {
		return this.quantity;
	}

	/** goodsPrice, minor units. */
	public long unitPrice() {
		return this.unitPrice;
	}

	/** goodsPrice × buyQuantity, minor units. */
	public long orderFee() {
		return this.orderFee;
	}

	public String currency() {
		return this.currency;
	}

	/** The platform, lower-case, or {@code null}. */
	public String platform() {
		return this.platform;
	}

	/** The merchant's attach, or {@code null}. */
	public String attach() {
		return this.attach;
	}

	/** The signData text exactly as received. */
	public String signData() {
		return this.signData;
	}

	public PaymentStatus status() {
		return this.status;
	}

	/** Why it closed, or {@code null}. */
	public CloseReason closeReason() {
		return this.closeReason;
	}

	/** What was refunded so far, minor units. */
	public long refundFee() {
		return this.refundFee;
	}

	/** The verifiers' notes as JSON, or {@code null}. */
	public String checkNotes() {
		return this.checkNotes;
	}

	/** The chaos faults that fired for this payment, {@link Faults#NONE} for none. */
	public Faults faults() {
		return Faults.parse(this.scenario);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** When it was paid, or {@code null}. */
	public Instant paidAt() {
		return this.paidAt;
	}

	/** When the first delivery attempt started, or {@code null}. */
	public Instant deliveringAt() {
		return this.deliveringAt;
	}

	/** When delivery was acknowledged, or {@code null}. */
	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	/** When it closed, or {@code null}. */
	public Instant closedAt() {
		return this.closedAt;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

	@Override
	public String toString() {
		return "Payment[" + this.id + ", " + this.appId + ", env " + this.env + ", " + this.outTradeNo + ", "
				+ this.status + "]";
	}

}
