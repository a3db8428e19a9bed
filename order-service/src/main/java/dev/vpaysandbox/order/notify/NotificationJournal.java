package dev.vpaysandbox.order.notify;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import org.springframework.stereotype.Component;

/**
 * Records every notification with its outcome (table {@code notification_log}), counts it
 * ({@code vpay.notifications{outcome}}) and logs it, without the signature.
 */
@Component
class NotificationJournal {

	private static final Logger log = LoggerFactory.getLogger(NotificationJournal.class);

	private final NotificationRecordRepository records;

	private final MeterRegistry meters;

	private final Clock clock;

	NotificationJournal(NotificationRecordRepository records, MeterRegistry meters, Clock clock) {
		this.records = records;
		this.meters = meters;
		this.clock = clock;
	}

	void record(String requestId, NotificationOutcome outcome, Received received) {
		String detail = detail(outcome);
		this.records.save(new NotificationRecord(requestId, this.clock.instant(), outcome.name(), received.outTradeNo(),
				received.appId(), received.event(), detail, received.payload()));
		this.meters.counter("vpay.notifications", "outcome", outcome.name()).increment();
		boolean attention = (outcome instanceof NotificationOutcome.Rejected)
				|| (outcome instanceof NotificationOutcome.Delivered delivered && delivered.late());
		log.atLevel(attention ? Level.WARN : Level.INFO)
			.addKeyValue("requestId", requestId)
			.addKeyValue("outcome", outcome.name())
			.addKeyValue("outTradeNo", received.outTradeNo())
			.addKeyValue("appId", received.appId())
			.addKeyValue("detail", detail)
			.log("Delivery notification handled");
	}

	private static String detail(NotificationOutcome outcome) {
		if (outcome instanceof NotificationOutcome.Rejected rejected) {
			return rejected.reason();
		}
		if (outcome instanceof NotificationOutcome.Ignored ignored) {
			return ignored.reason();
		}
		return null;
	}

	/**
	 * What is known of a notification when it is recorded; each part may be {@code null}.
	 *
	 * @param outTradeNo the OutTradeNo claimed
	 * @param appId the app of the order it names
	 * @param event the Event
	 * @param payload the Payload text
	 */
	record Received(String outTradeNo, String appId, String event, String payload) {

		/**
		 * Nothing could be read: the raw body is not kept, as it may hold the signature.
		 */
		static Received nothing() {
			return new Received(null, null, null, null);
		}

	}

}
