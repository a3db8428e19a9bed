package dev.vpaysandbox.mock.payment.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.payment.CashierMode;
import dev.vpaysandbox.mock.payment.Diagnosis;
import dev.vpaysandbox.mock.payment.PaymentCall;
import dev.vpaysandbox.mock.payment.PreOrderCheck;
import dev.vpaysandbox.mock.payment.Verdict;
import dev.vpaysandbox.mock.system.ProtocolEnvelopes;
import dev.vpaysandbox.signing.protocol.PayMethod;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the host app does when the front end calls {@code wx.requestVirtualPayment} or
 * {@code wx.requestMidasPaymentGameItem}: the pre-order check, then the cashier. Answers
 * in the JS callback's shape: 200 {@code {"errMsg":"<method>:ok"}}, 4xx
 * {@code {"errMsg":"<method>:fail <reason>","errCode":..,"diagnosis":{..}}}, or 202 with
 * the payment id and cashier URL when the request asked the cashier to wait.
 */
@RestController
@Tag(name = "protocol: host app JS API")
class WxPaymentController {

	/** The header naming the payment of an accepted call. */
	static final String PAYMENT_ID_HEADER = "X-Sandbox-Payment-Id";

	private final PreOrderCheck check;

	private final JsonMapper json;

	WxPaymentController(PreOrderCheck check, JsonMapper json) {
		this.check = check;
		this.json = json;
	}

	@PostMapping(path = "/sandbox/wx/requestVirtualPayment", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "wx.requestVirtualPayment (mini programs): pre-order check, then the cashier")
	ResponseEntity<Map<String, Object>> requestVirtualPayment(@Parameter(
			description = "pay (default): the sandbox user pays at once; pending: the payment waits at the cashier") @RequestHeader(
					name = CashierMode.HEADER, required = false) String cashier,
			@RequestBody(required = false) byte[] body) {
		return pay(PayMethod.REQUEST_VIRTUAL_PAYMENT, cashier, body);
	}

	@PostMapping(path = "/sandbox/wx/requestMidasPaymentGameItem", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "wx.requestMidasPaymentGameItem (mini games): pre-order check, then the cashier")
	ResponseEntity<Map<String, Object>> requestMidasPaymentGameItem(@Parameter(
			description = "pay (default): the sandbox user pays at once; pending: the payment waits at the cashier") @RequestHeader(
					name = CashierMode.HEADER, required = false) String cashier,
			@RequestBody(required = false) byte[] body) {
		return pay(PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, cashier, body);
	}

	private ResponseEntity<Map<String, Object>> pay(PayMethod method, String cashierHeader, byte[] body) {
		Optional<CashierMode> cashier = CashierMode.fromHeader(cashierHeader);
		if (cashier.isEmpty()) {
			Map<String, Object> answer = ProtocolEnvelopes.jsFailure(method.wireName(), "invalid request",
					ProtocolEnvelopes.JS_INVALID);
			answer.put("diagnosis", new Diagnosis("request", ProtocolEnvelopes.JS_INVALID,
					CashierMode.HEADER + " must be pay or pending", null, null));
			return ResponseEntity.badRequest().body(answer);
		}
		Verdict verdict = PaymentCall.parse(body, this.json)
			.map((call) -> this.check.check(method, call, cashier.get()))
			.orElseGet(() -> this.check.refuseMalformed(method));
		return answer(method, verdict);
	}

	private static ResponseEntity<Map<String, Object>> answer(PayMethod method, Verdict verdict) {
		Map<String, Object> answer = new LinkedHashMap<>();
		if (verdict instanceof Verdict.Paid paid) {
			answer.put("errMsg", method.wireName() + ":ok");
			if (!paid.notes().isEmpty()) {
				answer.put("notes", paid.notes());
			}
			return ResponseEntity.ok().header(PAYMENT_ID_HEADER, paid.payment().id()).body(answer);
		}
		if (verdict instanceof Verdict.Pending pending) {
			String cashierUrl = CashierController.cashierUrl(pending.payment().id());
			answer.put("errMsg", method.wireName() + ":pending");
			answer.put("paymentId", pending.payment().id());
			answer.put("cashierUrl", cashierUrl);
			if (!pending.notes().isEmpty()) {
				answer.put("notes", pending.notes());
			}
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create(cashierUrl))
				.header(PAYMENT_ID_HEADER, pending.payment().id())
				.body(answer);
		}
		Verdict.Rejected rejected = (Verdict.Rejected) verdict;
		answer.putAll(ProtocolEnvelopes.jsFailure(method.wireName(), rejected.reason(), rejected.errCode()));
		answer.put("diagnosis", rejected.diagnosis());
		return ResponseEntity.status(rejected.httpStatus()).body(answer);
	}

}
