package dev.vpaysandbox.mock.payment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.mock.payment.Payments.CashierAction;
import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API: payments with the pre-order check's verdict, their chaos faults and their
 * delivery notification with every attempt; recent verdicts (refused ones included); and
 * the cashier's actions on a pending payment.
 */
@RestController
@Tag(name = "sandbox: payments")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class PaymentController {

	private static final int MAX_LIMIT = 500;

	private static final TypeReference<List<HintReport>> NOTES = new TypeReference<>() {
	};

	private final Payments payments;

	private final Refunds refunds;

	private final RecentChecks checks;

	private final DeliveryReports deliveries;

	private final JsonMapper json;

	PaymentController(Payments payments, Refunds refunds, RecentChecks checks, DeliveryReports deliveries,
			JsonMapper json) {
		this.payments = payments;
		this.refunds = refunds;
		this.checks = checks;
		this.deliveries = deliveries;
		this.json = json;
	}

	@GetMapping("/sandbox/payments")
	@Operation(summary = "The newest payments with their notification and every attempt, filtered by app, "
			+ "status (PENDING, PAID, ...) or outTradeNo")
	List<PaymentView> search(@RequestParam(required = false) String appId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String outTradeNo,
			@RequestParam(defaultValue = "50") int limit) {
		PaymentStatus wanted = (status != null) ? status(status) : null;
		List<Payment> found = this.payments.search(appId, wanted, outTradeNo, limit(limit));
		Map<String, Object> notifications = this.deliveries.of(found.stream().map(Payment::id).toList());
		return found.stream().map((payment) -> view(payment, List.of(), notifications.get(payment.id()))).toList();
	}

	@GetMapping("/sandbox/payments/{paymentId}")
	@Operation(summary = "A payment with the pre-order check's verdict, its refunds, and its notification with "
			+ "every attempt")
	PaymentView get(@PathVariable String paymentId) {
		Payment payment = this.payments.find(paymentId).orElseThrow(() -> unknownPayment(paymentId));
		return view(payment, this.refunds.of(paymentId), this.deliveries.of(List.of(paymentId)).get(paymentId));
	}

	@PostMapping("/sandbox/payments/{paymentId}/{action:pay|cancel|fail}")
	@Operation(summary = "Act for the user at the cashier on a pending payment: pay, cancel (-2) or fail (-1)")
	PaymentView settle(@PathVariable String paymentId, @PathVariable String action) {
		Payments.Settlement settlement = this.payments.settle(paymentId, CashierAction.fromPath(action).orElseThrow());
		if (settlement instanceof Payments.Settlement.Settled settled) {
			return view(settled.payment(), List.of(), this.deliveries.of(List.of(paymentId)).get(paymentId));
		}
		if (settlement instanceof Payments.Settlement.NotPending notPending) {
			throw Problems.exception(HttpStatus.CONFLICT, "payment-not-pending",
					"payment " + paymentId + " is " + notPending.payment().status() + ", not PENDING");
		}
		throw unknownPayment(paymentId);
	}

	@GetMapping("/sandbox/checks")
	@Operation(summary = "The newest pre-order verdicts, refused ones with their diagnosis (kept in memory)")
	List<RecentChecks.Entry> checks(@RequestParam(required = false) String appId,
			@RequestParam(defaultValue = "50") int limit) {
		return this.checks.newest(appId, limit(limit));
	}

	private PaymentView view(Payment payment, List<Refund> refunds, Object notification) {
		String checkNotes = payment.purchase().checkNotes();
		List<HintReport> notes = (checkNotes != null) ? this.json.readValue(checkNotes, NOTES) : List.of();
		return PaymentView.of(payment, notes, refunds, notification);
	}

	private static PaymentStatus status(String status) {
		try {
			return PaymentStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.invalid("status must be one of " + Arrays.toString(PaymentStatus.values()));
		}
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Problems.invalid("limit must be 1-" + MAX_LIMIT);
		}
		return limit;
	}

	private static RuntimeException unknownPayment(String paymentId) {
		return Problems.notFound("no payment " + paymentId);
	}

}
