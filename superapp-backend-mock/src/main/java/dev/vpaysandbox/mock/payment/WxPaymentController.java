package dev.vpaysandbox.mock.payment;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.chaos.InvalidScenarioException;
import dev.vpaysandbox.mock.chaos.ScenarioSpec;
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
 * the payment id and cashier URL when the request asked the cashier to wait. A chaos
 * scenario may change the answer ({@link ChaosAnswers}).
 */
@RestController
@Tag(name = "protocol: host app JS API")
class WxPaymentController {

	/** The header naming the payment of an accepted call. */
	static final String PAYMENT_ID_HEADER = "X-Sandbox-Payment-Id";

	/** The header that asks for a chaos scenario for this one call. */
	static final String SCENARIO_HEADER = "X-Sandbox-Scenario";

	private static final String CASHIER_DOC = "pay (default): the sandbox user pays at once; "
			+ "pending: the payment waits at the cashier";

	private static final String SCENARIO_DOC = "Chaos faults for this payment, e.g. \"duplicate=2, delay=10s\" "
			+ "or \"corrupt-sig, seed=7\"; \"none\" ignores the app's and item's scenarios "
			+ "(see /sandbox/scenarios/faults)";

	private final PreOrderCheck check;

	private final JsonMapper json;

	WxPaymentController(PreOrderCheck check, JsonMapper json) {
		this.check = check;
		this.json = json;
	}

	@PostMapping(path = "/sandbox/wx/requestVirtualPayment", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "wx.requestVirtualPayment (mini programs): pre-order check, then the cashier")
	ResponseEntity<JsAnswer> requestVirtualPayment(
			@Parameter(description = CASHIER_DOC) @RequestHeader(name = CashierMode.HEADER,
					required = false) String cashier,
			@Parameter(description = SCENARIO_DOC) @RequestHeader(name = SCENARIO_HEADER,
					required = false) String scenario,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		return pay(PayMethod.REQUEST_VIRTUAL_PAYMENT, new Headers(cashier, scenario), body, request);
	}

	@PostMapping(path = "/sandbox/wx/requestMidasPaymentGameItem", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "wx.requestMidasPaymentGameItem (mini games): pre-order check, then the cashier")
	ResponseEntity<JsAnswer> requestMidasPaymentGameItem(
			@Parameter(description = CASHIER_DOC) @RequestHeader(name = CashierMode.HEADER,
					required = false) String cashier,
			@Parameter(description = SCENARIO_DOC) @RequestHeader(name = SCENARIO_HEADER,
					required = false) String scenario,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		return pay(PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, new Headers(cashier, scenario), body, request);
	}

	private ResponseEntity<JsAnswer> pay(PayMethod method, Headers headers, byte[] body, HttpServletRequest request) {
		Optional<CashierMode> cashier = CashierMode.fromHeader(headers.cashier());
		if (cashier.isEmpty()) {
			return badHeader(method, CashierMode.HEADER + " must be pay or pending");
		}
		ScenarioSpec requested;
		try {
			requested = (headers.scenario() != null && !headers.scenario().isBlank())
					? ScenarioSpec.parse(headers.scenario()) : null;
		}
		catch (InvalidScenarioException ex) {
			return badHeader(method, SCENARIO_HEADER + ": " + ex.getMessage());
		}
		Verdict verdict = PaymentCall.parse(body, this.json)
			.map((call) -> this.check.check(method, call, cashier.get(), requested))
			.orElseGet(() -> this.check.refuseMalformed(method));
		return answer(method, verdict, request);
	}

	private static ResponseEntity<JsAnswer> badHeader(PayMethod method, String message) {
		return ResponseEntity.badRequest()
			.body(JsAnswer.failure(method, "invalid request", ProtocolEnvelopes.JS_INVALID,
					Diagnosis.of("request", ProtocolEnvelopes.JS_INVALID, message)));
	}

	private static ResponseEntity<JsAnswer> answer(PayMethod method, Verdict verdict, HttpServletRequest request) {
		if (verdict instanceof Verdict.Paid paid) {
			return ChaosAnswers.apply(paid.payment(), ok(method, paid), request);
		}
		if (verdict instanceof Verdict.Pending pending) {
			return ChaosAnswers.apply(pending.payment(), pending(method, pending), request);
		}
		if (verdict instanceof Verdict.Closed closed) {
			return ChaosAnswers.closed(method, closed);
		}
		Verdict.Rejected rejected = (Verdict.Rejected) verdict;
		return ResponseEntity.status(rejected.httpStatus())
			.body(JsAnswer.failure(method, rejected.reason(), rejected.errCode(), rejected.diagnosis()));
	}

	private static ResponseEntity<JsAnswer> ok(PayMethod method, Verdict.Paid paid) {
		return ResponseEntity.ok()
			.header(PAYMENT_ID_HEADER, paid.payment().id())
			.body(new JsAnswer.Paid(method, paid.notes()));
	}

	private static ResponseEntity<JsAnswer> pending(PayMethod method, Verdict.Pending pending) {
		String paymentId = pending.payment().id();
		String cashierUrl = CashierController.cashierUrl(paymentId);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create(cashierUrl))
			.header(PAYMENT_ID_HEADER, paymentId)
			.body(new JsAnswer.Pending(method, paymentId, cashierUrl, pending.notes()));
	}

	/**
	 * The headers that steer a payment call.
	 *
	 * @param cashier {@code X-Sandbox-Cashier}
	 * @param scenario {@code X-Sandbox-Scenario}
	 */
	private record Headers(String cashier, String scenario) {
	}

}
