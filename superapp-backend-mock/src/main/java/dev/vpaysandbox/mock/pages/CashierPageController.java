package dev.vpaysandbox.mock.pages;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.mock.payment.Payments;
import dev.vpaysandbox.mock.payment.Payments.CashierAction;
import dev.vpaysandbox.mock.payment.Payments.Settlement;
import dev.vpaysandbox.web.Problems;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cashier as the user meets it: the page at the {@code cashierUrl} of a pending
 * payment (for a browser asking for HTML; the same URL answers JSON otherwise), and the
 * user's pay, cancel and fail. No admin token: the unguessable payment id, which only the
 * paying front end received, is the capability.
 */
@RestController
@Tag(name = "sandbox: cashier")
class CashierPageController {

	private static final Resource PAGE = new ClassPathResource("mock-web/cashier.html");

	private final Payments payments;

	CashierPageController(Payments payments) {
		this.payments = payments;
	}

	@GetMapping(path = "/sandbox/cashier/{paymentId}", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The cashier page of a payment (HTML; 404 with the same page for an unknown payment)")
	ResponseEntity<Resource> page(@PathVariable String paymentId) {
		HttpStatus status = this.payments.find(paymentId).isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND;
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(PAGE);
	}

	@GetMapping(path = "/sandbox/cashier/{paymentId}/result", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Whether the user has acted at the cashier, and what the JS callback receives")
	CashierOutcome result(@PathVariable String paymentId) {
		return this.payments.find(paymentId)
			.map(CashierOutcome::of)
			.orElseThrow(() -> Problems.notFound("no payment " + paymentId));
	}

	@PostMapping(path = "/sandbox/cashier/{paymentId}/{action:pay|cancel|fail}",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The user at the cashier pays, cancels (errCode -2) or fails (errCode -1) a pending payment")
	CashierOutcome act(@PathVariable String paymentId, @PathVariable String action) {
		Settlement settlement = this.payments.settle(paymentId, CashierAction.fromPath(action).orElseThrow());
		if (settlement instanceof Settlement.Settled settled) {
			return CashierOutcome.of(settled.payment());
		}
		if (settlement instanceof Settlement.NotPending notPending) {
			throw Problems.exception(HttpStatus.CONFLICT, "payment-not-pending",
					"payment " + paymentId + " is " + notPending.payment().status() + ", not PENDING");
		}
		throw Problems.notFound("no payment " + paymentId);
	}

}
