package dev.vpaysandbox.order.inventory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.order.catalogue.Catalogue;
import dev.vpaysandbox.order.catalogue.Product;
import dev.vpaysandbox.order.session.AuthenticatedUser;
import dev.vpaysandbox.order.system.ApiDocs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inventory}: what the logged-in user owns in their app. */
@RestController
@Tag(name = "inventory")
class InventoryController {

	private final InventoryLedger ledger;

	private final Catalogue catalogue;

	InventoryController(InventoryLedger ledger, Catalogue catalogue) {
		this.ledger = ledger;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/inventory")
	@Operation(summary = "What the user owns", security = @SecurityRequirement(name = ApiDocs.SESSION_SCHEME))
	InventoryResponse inventory(AuthenticatedUser user) {
		List<Item> items = this.ledger.holdings(user.appId(), user.openid())
			.stream()
			.map((holding) -> new Item(holding.productId(), name(user.appId(), holding.productId()),
					holding.quantity()))
			.toList();
		return new InventoryResponse(user.appId(), items);
	}

	private String name(String appId, String productId) {
		return this.catalogue.find(appId, productId).map(Product::name).orElse(productId);
	}

	record InventoryResponse(String appId, List<Item> items) {
	}

	record Item(String productId, String name, long quantity) {
	}

}
