package dev.vpaysandbox.order.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products}: the catalogue of an app, public. */
@RestController
@Tag(name = "catalogue")
class ProductController {

	private final MerchantApps apps;

	private final Catalogue catalogue;

	ProductController(MerchantApps apps, Catalogue catalogue) {
		this.apps = apps;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/products")
	@Operation(summary = "What an app sells, at server-side prices in minor units")
	ProductsResponse products(@RequestParam(required = false) String appId) {
		MerchantApp app = this.apps.resolve(appId);
		return new ProductsResponse(app.appId(),
				this.catalogue.products(app.appId()).stream().map(ProductResponse::from).toList());
	}

	record ProductsResponse(String appId, List<ProductResponse> products) {
	}

	record ProductResponse(String productId, String name, long price, String currency, int maxQuantity) {

		static ProductResponse from(Product product) {
			return new ProductResponse(product.productId(), product.name(), product.price().minor(),
					product.price().currency(), product.maxQuantity());
		}

	}

}
