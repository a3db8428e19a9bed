package dev.vpaysandbox.order.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.vpaysandbox.signing.keys.Secret;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The configuration of order-service ({@code vpay.order.*}); defaults live in
 * {@code order-service.yml}. Secrets are {@link Secret}s, so printing this never shows
 * them.
 *
 * @param platform how to reach superapp-backend-mock
 * @param apps the apps this backend acts for; the first is the default
 * @param sessions login sessions
 * @param orders order lifetime
 * @param keys how appKeys are obtained and refreshed
 * @param reconciliation the job that asks the platform about orders
 * @param web HTTP limits and CORS
 */
@Validated
@ConfigurationProperties("vpay.order")
public record OrderServiceProperties(@NotNull @Valid Platform platform, @NotEmpty @Valid List<App> apps,
		@NotNull @Valid Sessions sessions, @NotNull @Valid Orders orders, @NotNull @Valid Keys keys,
		@NotNull @Valid Reconciliation reconciliation, @NotNull @Valid Web web) {

	public OrderServiceProperties {
		apps = List.copyOf(apps);
		long distinct = apps.stream().map(App::appId).distinct().count();
		if (distinct != apps.size()) {
			throw new IllegalArgumentException("vpay.order.apps names an appId more than once");
		}
	}

	/**
	 * The platform (superapp-backend-mock).
	 *
	 * @param baseUrl root URL; protocol paths are appended to it
	 * @param connectTimeout TCP connect timeout
	 * @param readTimeout time to wait for an answer
	 */
	public record Platform(@NotNull URI baseUrl, @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {
	}

	/**
	 * One app this backend sells for.
	 *
	 * @param appId the app
	 * @param secret its appSecret
	 * @param type mini game or mini program, which decides the JS API and notification
	 * Event
	 * @param offerId the payment account, required for mini programs
	 * @param env the env its orders pay in: 0 production, 1 sandbox
	 * @param productionKey a fixed env 0 appKey; without both keys they come from the key
	 * exchange
	 * @param sandboxKey a fixed env 1 appKey
	 * @param products what it sells, at server-side prices
	 */
	public record App(@NotBlank @Pattern(regexp = "[0-9A-Za-z_.-]{1,64}") String appId, @NotNull Secret secret,
			@NotNull AppType type, String offerId, @Min(0) @Max(1) int env, Secret productionKey, Secret sandboxKey,
			@NotEmpty @Valid List<Product> products) {

		public App {
			if (type == AppType.MINI_PROGRAM && (offerId == null || offerId.isBlank())) {
				throw new IllegalArgumentException("mini program " + appId + " needs an offerId");
			}
			if ((productionKey == null) != (sandboxKey == null)) {
				throw new IllegalArgumentException(
						"app " + appId + ": configure both production-key and sandbox-key, or neither");
			}
			products = List.copyOf(products);
		}

	}

	/** Which JS API an app pays with. */
	public enum AppType {

		MINI_GAME, MINI_PROGRAM

	}

	/**
	 * A product with its server-side price.
	 *
	 * @param productId the item registered with the platform
	 * @param name a display name
	 * @param price unit price in minor units (cents)
	 * @param currency ISO 4217 code
	 * @param maxQuantity the most a single order may buy
	 */
	public record Product(@NotBlank @Pattern(regexp = "[0-9A-Za-z_.-]{1,64}") String productId, @NotBlank String name,
			@Min(0) long price, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @Min(1) int maxQuantity) {
	}

	/**
	 * Login sessions.
	 *
	 * @param ttl how long a session token is valid
	 */
	public record Sessions(@NotNull Duration ttl) {
	}

	/**
	 * Orders.
	 *
	 * @param ttl how long an unpaid order waits before reconciliation may expire it
	 */
	public record Orders(@NotNull Duration ttl) {
	}

	/**
	 * appKeys. How long a rotated-out key still verifies is the platform's to say (the
	 * key exchange names the previous key and the end of its window), not ours.
	 *
	 * @param refreshInterval how often the key exchange is asked for the current keys
	 * @param minRefreshInterval the least time between two refreshes asked for by
	 * notifications (a failed verification, or keys older than this when a notification
	 * arrives), so forged notifications cannot flood the platform; also the longest a key
	 * the platform revoked can still verify a notification
	 * @param retryInitial first wait before retrying a failed start-up exchange
	 * @param retryMax longest wait between start-up retries
	 */
	public record Keys(@NotNull Duration refreshInterval, @NotNull Duration minRefreshInterval,
			@NotNull Duration retryInitial, @NotNull Duration retryMax) {
	}

	/**
	 * The reconciliation job.
	 *
	 * @param enabled whether it runs on a schedule
	 * @param interval pause between runs
	 * @param minAge age of a CREATED order before it is first checked
	 * @param recheckInterval pause between two checks of the same order
	 * @param refundWatch how long after delivery an order is checked for refunds
	 * @param refundCheckInterval pause between two refund checks of a delivered order
	 * @param batchSize orders handled per database page
	 */
	public record Reconciliation(boolean enabled, @NotNull Duration interval, @NotNull Duration minAge,
			@NotNull Duration recheckInterval, @NotNull Duration refundWatch, @NotNull Duration refundCheckInterval,
			@Min(1) int batchSize) {
	}

	/**
	 * HTTP limits, CORS and the demo page.
	 *
	 * @param maxRequestSize largest request body accepted
	 * @param allowedOrigins origins allowed to call {@code /api/**} from a browser
	 * @param mockUrl the mock's root URL as a browser reaches it, from which the demo
	 * page loads the {@code wx} shim; {@code null} means the platform's base URL
	 */
	public record Web(@NotNull DataSize maxRequestSize, @NotNull List<String> allowedOrigins, URI mockUrl) {

		/** The mock's URL for browsers: {@link #mockUrl()}, else the platform's. */
		public URI browserMockUrl(Platform platform) {
			return (this.mockUrl != null) ? this.mockUrl : platform.baseUrl();
		}

	}

}
