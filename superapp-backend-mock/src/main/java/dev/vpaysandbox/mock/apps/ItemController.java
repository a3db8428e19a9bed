package dev.vpaysandbox.mock.apps;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Control API: an app's items, with publish/unpublish and the buyQuantity limit. */
@RestController
@Tag(name = "sandbox: items")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class ItemController {

	static final String PRODUCT_ID = "[^\\p{Cntrl}]{1,64}";

	static final int MAX_QUANTITY_LIMIT = 1_000_000;

	private final Items items;

	private final Apps apps;

	private final int defaultMaxQuantity;

	ItemController(Items items, Apps apps, MockProperties properties) {
		this.items = items;
		this.apps = apps;
		this.defaultMaxQuantity = properties.defaultMaxQuantity();
	}

	@PostMapping("/sandbox/apps/{appId}/items")
	@Operation(summary = "Register an item (price in minor units; published defaults to true; 409 if it exists)")
	ResponseEntity<ItemView> add(@PathVariable String appId, @Valid @RequestBody NewItemRequest request) {
		requireCurrency(appId, request.currency());
		NewItem item = new NewItem(request.productId(), request.price(), request.currency(),
				(request.maxQuantity() != null) ? request.maxQuantity() : this.defaultMaxQuantity,
				request.published() == null || request.published());
		Items.Addition addition = this.items.add(appId, item);
		if (addition instanceof Items.Addition.Added added) {
			return ResponseEntity.status(HttpStatus.CREATED).body(ItemView.of(added.item()));
		}
		if (addition instanceof Items.Addition.UnknownApp) {
			throw AppController.unknownApp(appId);
		}
		throw Problems.conflict("app " + appId + " already sells " + item.productId());
	}

	@GetMapping("/sandbox/apps/{appId}/items")
	@Operation(summary = "List an app's items, published or not")
	List<ItemView> list(@PathVariable String appId) {
		this.apps.find(appId).orElseThrow(() -> AppController.unknownApp(appId));
		return this.items.list(appId).stream().map(ItemView::of).toList();
	}

	@GetMapping("/sandbox/apps/{appId}/items/{productId}")
	@Operation(summary = "Inspect an item")
	ItemView get(@PathVariable String appId, @PathVariable String productId) {
		return this.items.find(appId, productId).map(ItemView::of).orElseThrow(() -> unknownItem(appId, productId));
	}

	@PatchMapping("/sandbox/apps/{appId}/items/{productId}")
	@Operation(summary = "Change an item's price, currency, buyQuantity limit or publication")
	ItemView change(@PathVariable String appId, @PathVariable String productId,
			@Valid @RequestBody ItemChangeRequest request) {
		if (request.currency() != null) {
			requireCurrency(appId, request.currency());
		}
		return change(appId, productId,
				new ItemChange(request.price(), request.currency(), request.maxQuantity(), request.published()));
	}

	@PostMapping("/sandbox/apps/{appId}/items/{productId}/publish")
	@Operation(summary = "Publish an item: the pre-order check accepts it")
	ItemView publish(@PathVariable String appId, @PathVariable String productId) {
		return change(appId, productId, new ItemChange(null, null, null, true));
	}

	@PostMapping("/sandbox/apps/{appId}/items/{productId}/unpublish")
	@Operation(summary = "Unpublish an item: the pre-order check answers -15010")
	ItemView unpublish(@PathVariable String appId, @PathVariable String productId) {
		return change(appId, productId, new ItemChange(null, null, null, false));
	}

	private ItemView change(String appId, String productId, ItemChange change) {
		return this.items.change(appId, productId, change)
			.map(ItemView::of)
			.orElseThrow(() -> unknownItem(appId, productId));
	}

	private void requireCurrency(String appId, String currency) {
		App app = this.apps.find(appId).orElseThrow(() -> AppController.unknownApp(appId));
		if (!app.accepts(currency)) {
			throw Problems.invalid("currency " + currency + " is not enabled for app " + appId);
		}
	}

	private static RuntimeException unknownItem(String appId, String productId) {
		return Problems.notFound("app " + appId + " has no item " + productId);
	}

	/**
	 * {@code POST /sandbox/apps/{appId}/items}, as docs/protocol.md#apps-items-and-keys
	 * describes it.
	 *
	 * @param productId the product id
	 * @param price the unit price in minor units
	 * @param currency an enabled currency of the app
	 * @param maxQuantity the buyQuantity limit, default 100
	 * @param published whether it can be bought, default true
	 */
	record NewItemRequest(@NotBlank @Pattern(regexp = PRODUCT_ID) String productId, @NotNull @Min(1) Long price,
			@NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
			@Min(1) @Max(MAX_QUANTITY_LIMIT) Integer maxQuantity, Boolean published) {
	}

	/**
	 * {@code PATCH .../items/{productId}}: what is absent stays as it is.
	 *
	 * @param price the unit price in minor units
	 * @param currency an enabled currency of the app
	 * @param maxQuantity the buyQuantity limit
	 * @param published whether it can be bought
	 */
	record ItemChangeRequest(@Min(1) Long price, @Pattern(regexp = "[A-Z]{3}") String currency,
			@Min(1) @Max(MAX_QUANTITY_LIMIT) Integer maxQuantity, Boolean published) {
	}

}
