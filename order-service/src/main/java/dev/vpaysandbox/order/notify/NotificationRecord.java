package dev.vpaysandbox.order.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One received notification and what became of it, kept for inspection. It holds the
 * Payload (truncated) but never the signature.
 */
@Entity
@Table(name = "notification_log")
class NotificationRecord {

	static final int MAX_PAYLOAD = 4000;

	static final int MAX_DETAIL = 500;

	static final int MAX_ID = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private String requestId;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "outcome", nullable = false, updatable = false)
	private String outcome;

	@Column(name = "out_trade_no", updatable = false)
	private String outTradeNo;

	@Column(name = "app_id", updatable = false)
	private String appId;

	@Column(name = "event", updatable = false)
	private String event;

	@Column(name = "detail", updatable = false)
	private String detail;

	@Column(name = "payload", updatable = false)
	private String payload;

	protected NotificationRecord() {
	}

	NotificationRecord(String requestId, Instant receivedAt, String outcome, String outTradeNo, String appId,
			String event, String detail, String payload) {
		this.requestId = requestId;
		this.receivedAt = receivedAt;
		this.outcome = outcome;
		this.outTradeNo = truncate(outTradeNo, MAX_ID);
		this.appId = truncate(appId, MAX_ID);
		this.event = truncate(event, MAX_ID);
		this.detail = truncate(detail, MAX_DETAIL);
		this.payload = truncate(payload, MAX_PAYLOAD);
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	String outcome() {
		return this.outcome;
	}

	String outTradeNo() {
		return this.outTradeNo;
	}

	String detail() {
		return this.detail;
	}

	String payload() {
		return this.payload;
	}

}
