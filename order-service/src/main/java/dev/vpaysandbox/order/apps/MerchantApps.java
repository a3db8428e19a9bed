package dev.vpaysandbox.order.apps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.vpaysandbox.order.system.OrderServiceProperties;
import dev.vpaysandbox.order.system.OrderServiceProperties.AppType;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The configured apps, in configuration order; a request that names no app means the
 * first.
 */
@Component
public class MerchantApps {

	private final Map<String, MerchantApp> apps = new LinkedHashMap<>();

	MerchantApps(OrderServiceProperties properties) {
		for (OrderServiceProperties.App app : properties.apps()) {
			this.apps.put(app.appId(), toMerchantApp(app));
		}
	}

	/** Every configured app, the default first. */
	public List<MerchantApp> all() {
		return List.copyOf(this.apps.values());
	}

	/** The app with this id, if configured. */
	public Optional<MerchantApp> find(String appId) {
		return Optional.ofNullable(this.apps.get(appId));
	}

	/**
	 * The app a request names, or the default app when it names none.
	 * @throws dev.vpaysandbox.web.ProblemException (400, {@code unknown-app}) for an app
	 * not configured here
	 */
	public MerchantApp resolve(String appId) {
		if (appId == null) {
			return this.apps.values().iterator().next();
		}
		return find(appId).orElseThrow(
				() -> Problems
					.exception(HttpStatus.BAD_REQUEST, "unknown-app", "Unknown app",
							"this backend does not sell for app " + printable(appId))
					.with("appId", printable(appId)));
	}

	private static String printable(String text) {
		String clean = text.replaceAll("[^\\p{Graph} ]", "?");
		return (clean.length() > 64) ? clean.substring(0, 64) + "..." : clean;
	}

	private static MerchantApp toMerchantApp(OrderServiceProperties.App app) {
		PayMethod method = (app.type() == AppType.MINI_GAME) ? PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM
				: PayMethod.REQUEST_VIRTUAL_PAYMENT;
		Optional<MerchantApp.FixedKeys> fixedKeys = (app.productionKey() != null)
				? Optional.of(new MerchantApp.FixedKeys(app.productionKey(), app.sandboxKey())) : Optional.empty();
		String offerId = (app.offerId() == null || app.offerId().isBlank()) ? null : app.offerId();
		return new MerchantApp(app.appId(), app.secret(), method, offerId, Env.of(app.env()), fixedKeys);
	}

}
