package dev.vpaysandbox.mock.merchant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The merchant server APIs. The body is read as raw bytes, because pay_sig signs them
 * exactly; like the real platform every answer is HTTP 200 with the outcome in errcode.
 */
@RestController
@Tag(name = "protocol: merchant server APIs")
class XpayController {

	private final MerchantApi api;

	XpayController(MerchantApi api) {
		this.api = api;
	}

	@PostMapping(path = "/xpay/query_order", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Query an order by order_id (outTradeNo) or wx_order_id")
	XpayAnswer queryOrder(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(name = "pay_sig", required = false) String paySig, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		return this.api.queryOrder(accessToken, paySig, request.getRequestURI(), body);
	}

	@PostMapping(path = "/xpay/refund_order", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Refund part or all of a paid order")
	XpayAnswer refundOrder(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(name = "pay_sig", required = false) String paySig, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		return this.api.refundOrder(accessToken, paySig, request.getRequestURI(), body);
	}

	@PostMapping(path = "/xpay/notify_provide_goods", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mark a paid order delivered after a lost delivery notification")
	XpayAnswer notifyProvideGoods(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(name = "pay_sig", required = false) String paySig, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		return this.api.notifyProvideGoods(accessToken, paySig, request.getRequestURI(), body);
	}

}
