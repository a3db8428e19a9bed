package dev.vpaysandbox.order.order;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.vpaysandbox.order.session.AuthenticatedUser;
import dev.vpaysandbox.order.system.ApiDocs;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/orders} and {@code GET /api/orders/{outTradeNo}}. */
@RestController
@Tag(name = "orders")
class OrderController {

	private final OrderPlacement placement;

	private final Orders orders;

	OrderController(OrderPlacement placement, Orders orders) {
		this.placement = placement;
		this.orders = orders;
	}

	@PostMapping("/api/orders")
	@Operation(summary = "Create and sign an order; pass the answer to the JS API",
			security = @SecurityRequirement(name = ApiDocs.SESSION_SCHEME))
	ResponseEntity<SignedOrder> create(AuthenticatedUser user, @Valid @RequestBody OrderRequest request) {
		SignedOrder order = this.placement.place(user, request);
		return ResponseEntity.created(URI.create("/api/orders/" + order.outTradeNo())).body(order);
	}

	@GetMapping("/api/orders/{outTradeNo}")
	@Operation(summary = "An order of the user; the only proof of payment the front end should trust",
			security = @SecurityRequirement(name = ApiDocs.SESSION_SCHEME))
	OrderResponse get(AuthenticatedUser user, @PathVariable String outTradeNo) {
		return this.orders.findOwned(user, outTradeNo)
			.map(OrderResponse::from)
			.orElseThrow(() -> Problems.exception(HttpStatus.NOT_FOUND, "order-not-found", "Order not found",
					"you have no order with this outTradeNo"));
	}

	/**
	 * An order as the front end sees it; amounts in minor units.
	 */
	record OrderResponse(String outTradeNo, String appId, String productId, int quantity, long unitPrice, long amount,
			String currency, int env, OrderStatus status, Instant createdAt, Instant expiresAt, Instant paidAt,
			Instant deliveredAt, Instant expiredAt, Instant refundedAt, long refundedFee, boolean deliveredLate) {

		static OrderResponse from(OrderSnapshot order) {
			return new OrderResponse(order.outTradeNo(), order.appId(), order.productId(), order.quantity(),
					order.unitPrice(), order.amount(), order.currency(), order.env().code(), order.status(),
					order.createdAt(), order.expiresAt(), order.paidAt(), order.deliveredAt(), order.expiredAt(),
					order.refundedAt(), order.refundedFee(), order.deliveredLate());
		}

	}

}
