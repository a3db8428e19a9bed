package dev.vpaysandbox.mock.payment;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

import org.springframework.stereotype.Component;

/**
 * Makes every pre-order verdict observable: counted by result code, kept among the recent
 * checks, and logged as one structured line (ids and codes only, never keys or
 * signatures).
 */
@Component
class VerdictLog {

	private static final Logger log = LoggerFactory.getLogger(PreOrderCheck.class);

	private final RecentChecks recent;

	private final PaymentMetrics metrics;

	private final Clock clock;

	VerdictLog(RecentChecks recent, PaymentMetrics metrics, Clock clock) {
		this.recent = recent;
		this.metrics = metrics;
		this.clock = clock;
	}

	void record(PayMethod method, PaymentCall call, Verdict verdict) {
		int errCode = (verdict instanceof Verdict.Rejected rejected) ? rejected.errCode() : 0;
		this.metrics.checked(errCode);
		RecentChecks.Entry entry = entry(method, call, verdict);
		this.recent.record(entry);
		log.atInfo()
			.addKeyValue("method", method.wireName())
			.addKeyValue("appId", entry.appId())
			.addKeyValue("outTradeNo", entry.outTradeNo())
			.addKeyValue("errCode", errCode)
			.addKeyValue("paymentId", entry.paymentId())
			.log("pre-order check " + entry.outcome());
	}

	private RecentChecks.Entry entry(PayMethod method, PaymentCall call, Verdict verdict) {
		if (verdict instanceof Verdict.Paid paid) {
			return accepted(method, paid.payment(), "paid", paid.notes());
		}
		if (verdict instanceof Verdict.Pending pending) {
			return accepted(method, pending.payment(), "pending", pending.notes());
		}
		if (verdict instanceof Verdict.Closed closed) {
			return accepted(method, closed.payment(),
					(closed.payment().closeReason() == CloseReason.CANCELLED) ? "cancelled" : "declined",
					closed.notes());
		}
		Verdict.Rejected rejected = (Verdict.Rejected) verdict;
		String appId = (call != null) ? PaymentCall.text(call.appId()) : null;
		String userId = (call != null) ? PaymentCall.text(call.userId()) : null;
		return new RecentChecks.Entry(this.clock.instant(), method.wireName(), appId, userId, outTradeNo(method, call),
				rejected.errCode(), "rejected", null, null, rejected.diagnosis());
	}

	/** The outTradeNo of a refused call, when its signData parses, to find it by. */
	private static String outTradeNo(PayMethod method, PaymentCall call) {
		String signData = (call != null) ? PaymentCall.text(call.signData()) : null;
		if (signData != null && signData.length() <= PreOrderCheck.MAX_SIGN_DATA_LENGTH
				&& SignDataParser.parse(signData, method) instanceof ParsedSignData.Valid valid) {
			return valid.data().outTradeNo();
		}
		return null;
	}

	private RecentChecks.Entry accepted(PayMethod method, Payment payment, String outcome, List<HintReport> notes) {
		return new RecentChecks.Entry(this.clock.instant(), method.wireName(), payment.appId(), payment.userId(),
				payment.outTradeNo().value(), 0, outcome, payment.id(), notes, null);
	}

}
