package dev.vpaysandbox.order.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.catalogue.Catalogue;
import dev.vpaysandbox.order.catalogue.Product;
import dev.vpaysandbox.order.keys.AppKeyStore;
import dev.vpaysandbox.order.session.AuthenticatedUser;
import dev.vpaysandbox.order.session.Sessions;
import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.signdata.InvalidSignDataException;
import dev.vpaysandbox.web.Problems;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places an order: prices it from the catalogue, gives it a new outTradeNo, builds and
 * stores its signData once (CREATED), and signs it for the JS API.
 */
@Service
class OrderPlacement {

	private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

	/** A clash of random outTradeNos is astronomically rare; three tries are plenty. */
	private static final int NUMBER_ATTEMPTS = 3;

	private final MerchantApps apps;

	private final Catalogue catalogue;

	private final AppKeyStore keys;

	private final Sessions sessions;

	private final OutTradeNoGenerator numbers;

	private final PurchaseOrderRepository repository;

	private final Clock clock;

	private final OrderServiceProperties properties;

	private final MeterRegistry meters;

	private final TransactionTemplate transaction;

	OrderPlacement(MerchantApps apps, Catalogue catalogue, AppKeyStore keys, Sessions sessions,
			OutTradeNoGenerator numbers, PurchaseOrderRepository repository, Clock clock,
			OrderServiceProperties properties, MeterRegistry meters, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.apps = apps;
		this.catalogue = catalogue;
		this.keys = keys;
		this.sessions = sessions;
		this.numbers = numbers;
		this.repository = repository;
		this.clock = clock;
		this.properties = properties;
		this.meters = meters;
	}

	SignedOrder place(AuthenticatedUser user, OrderRequest request) {
		MerchantApp app = this.apps.resolve(user.appId());
		if (request.appId() != null && !request.appId().equals(app.appId())) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "app-mismatch", "App mismatch",
					"the session belongs to app " + app.appId() + "; log in to the other app to buy there");
		}
		Product product = this.catalogue.find(app.appId(), request.productId())
			.orElseThrow(() -> Problems.exception(HttpStatus.BAD_REQUEST, "unknown-product", "Unknown product",
					"app " + app.appId() + " sells no such product; see GET /api/products"));
		int quantity = request.quantity();
		if (quantity < 1 || quantity > product.maxQuantity()) {
			throw Problems
				.exception(HttpStatus.BAD_REQUEST, "invalid-quantity", "Invalid quantity",
						"quantity must be between 1 and " + product.maxQuantity() + " for " + product.productId())
				.with("maxQuantity", product.maxQuantity());
		}
		Secret appKey = this.keys.currentKey(app.appId(), app.env());
		for (int attempt = 1;; attempt++) {
			OutTradeNo outTradeNo = this.numbers.next();
			String signData = signData(app, product, quantity, outTradeNo, request);
			Instant now = this.clock.instant();
			Instant expiresAt = now.plus(this.properties.orders().ttl());
			NewOrder order = new NewOrder(outTradeNo, app.appId(), user.openid(), app.env(), product.productId(),
					quantity, product.price(), signData, now, expiresAt,
					now.plus(this.properties.reconciliation().minAge()));
			Secret sessionKey;
			try {
				// one transaction reads the session_key and stores the order
				sessionKey = this.transaction.execute((status) -> {
					Secret key = this.sessions.currentSessionKey(user);
					this.repository.saveAndFlush(new PurchaseOrder(order));
					return key;
				});
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == NUMBER_ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			this.meters.counter("vpay.orders.placed", "appId", app.appId()).increment();
			log.atInfo()
				.addKeyValue("outTradeNo", outTradeNo.value())
				.addKeyValue("appId", app.appId())
				.addKeyValue("productId", product.productId())
				.addKeyValue("quantity", quantity)
				.log("Order created");
			return new SignedOrder(outTradeNo.value(), app.method().wireName(), app.mode(), signData,
					OrderSigning.paySig(app, appKey, signData), OrderSigning.signature(sessionKey, signData),
					expiresAt);
		}
	}

	private static String signData(MerchantApp app, Product product, int quantity, OutTradeNo outTradeNo,
			OrderRequest request) {
		try {
			return OrderSigning.signData(app, product, quantity, outTradeNo, request);
		}
		catch (InvalidSignDataException ex) {
			// e.g. an attach over 1024 characters: the same rule the platform applies
			List<Map<String, Object>> errors = ex.violations()
				.stream()
				.map((violation) -> Map.<String, Object>of("field", String.valueOf(violation.field()), "message",
						violation.message()))
				.toList();
			throw Problems
				.exception(HttpStatus.BAD_REQUEST, "invalid-order", "Invalid order",
						"the order cannot be expressed as a valid signData: " + ex.getMessage())
				.with("errors", errors);
		}
	}

}
