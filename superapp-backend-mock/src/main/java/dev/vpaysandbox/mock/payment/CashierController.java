package dev.vpaysandbox.mock.payment;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.web.Problems;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cashier of a payment, as JSON: what the user is asked to pay and the control-API
 * calls that pay, cancel or fail it. A web page may later answer text/html here.
 */
@RestController
@Tag(name = "sandbox: cashier")
class CashierController {

	private final Payments payments;

	CashierController(Payments payments) {
		this.payments = payments;
	}

	static String cashierUrl(String paymentId) {
		return "/sandbox/cashier/" + paymentId;
	}

	@GetMapping(path = "/sandbox/cashier/{paymentId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "What the cashier shows for a payment, with the calls that settle a pending one")
	CashierView get(@PathVariable String paymentId) {
		Payment payment = this.payments.find(paymentId).orElseThrow(() -> Problems.notFound("no payment " + paymentId));
		String base = "/sandbox/payments/" + paymentId + "/";
		Purchase purchase = payment.purchase();
		return new CashierView(payment.id(), payment.appId(), payment.outTradeNo().value(), purchase.productId(),
				purchase.quantity(), purchase.orderFee(), purchase.currency(), payment.status().name(),
				Map.of("pay", base + "pay", "cancel", base + "cancel", "fail", base + "fail"));
	}

	/**
	 * The cashier's view of a payment.
	 *
	 * @param paymentId the payment
	 * @param appId the app
	 * @param outTradeNo the merchant's order number
	 * @param productId the item
	 * @param quantity buyQuantity
	 * @param orderFee the amount, minor units
	 * @param currency the currency
	 * @param status the payment's state
	 * @param actions control-API paths (POST, admin token) that settle a pending payment
	 */
	record CashierView(String paymentId, String appId, String outTradeNo, String productId, long quantity,
			long orderFee, String currency, String status, Map<String, String> actions) {
	}

}
