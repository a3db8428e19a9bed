package dev.vpaysandbox.mock.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The mock's settings ({@code vpay.mock.*}); {@link #toString()} masks the admin token
 * and the seeded app secrets.
 *
 * @param adminToken the bearer token of the sandbox control API
 * @param keyGrace how long a rotated-out appKey stays accepted by default
 * @param loginCodeTtl how long a login code can be exchanged
 * @param accessTokenTtl how long an access_token is valid ({@code expires_in})
 * @param maxBodySize the largest request body any endpoint reads
 * @param defaultMaxQuantity an item's buyQuantity limit when none is given
 * @param recentChecks how many pre-order verdicts the control API keeps in memory
 * @param seed what a fresh sandbox contains
 * @param notifications how delivery notifications are dispatched
 * ({@code vpay.mock.notify.*})
 * @param journal how many protocol requests the request journal keeps
 * @param referenceCacheTtl how long apps, appKeys, items and scenarios are served from
 * memory: a change on this instance applies at once, one made through another instance
 * sharing the database within this time
 * @param pages what the mock's web pages link to ({@code vpay.mock.pages.*})
 * @param clock the test clock ({@code vpay.mock.clock.*})
 * @param cashierTimeout how long a payment may wait at the cashier before it closes as
 * timed out
 */
@Validated
@ConfigurationProperties("vpay.mock")
public record MockProperties(@NotBlank @DefaultValue("sandbox-admin-token") String adminToken,
		@NotNull @DefaultValue("24h") Duration keyGrace, @NotNull @DefaultValue("5m") Duration loginCodeTtl,
		@NotNull @DefaultValue("2h") Duration accessTokenTtl, @NotNull @DefaultValue("64KB") DataSize maxBodySize,
		@Min(1) @DefaultValue("100") int defaultMaxQuantity, @Min(1) @DefaultValue("200") int recentChecks,
		@Valid @NotNull @DefaultValue Seed seed, @Valid @NotNull @DefaultValue @Name("notify") Notify notifications,
		@Valid @NotNull @DefaultValue Journal journal, @NotNull @DefaultValue("1s") Duration referenceCacheTtl,
		@Valid @NotNull @DefaultValue Pages pages, @Valid @NotNull @DefaultValue TestClock clock,
		@NotNull @DefaultValue("15m") Duration cashierTimeout) {

	@Override
	public String toString() {
		return "MockProperties[adminToken=****, keyGrace=" + this.keyGrace + ", loginCodeTtl=" + this.loginCodeTtl
				+ ", accessTokenTtl=" + this.accessTokenTtl + ", maxBodySize=" + this.maxBodySize + ", seed="
				+ this.seed + ", notify=" + this.notifications + ", journal=" + this.journal + ", referenceCacheTtl="
				+ this.referenceCacheTtl + ", pages=" + this.pages + ", clock=" + this.clock + ", cashierTimeout="
				+ this.cashierTimeout + "]";
	}

	/**
	 * The test clock.
	 *
	 * @param controllable whether {@code /sandbox/clock} can read and move it; false
	 * removes those endpoints (404), e.g. for a shared sandbox whose users must not move
	 * each other's time
	 */
	public record TestClock(@DefaultValue("true") boolean controllable) {
	}

	/**
	 * The delivery-notification dispatcher.
	 *
	 * @param timeScale factor applied to the retry schedule (15s, 15s, 30s, ... 6h): 1 is
	 * the protocol's, 0.001 makes it last a minute and a half
	 * @param pollInterval how often the outbox is polled as a fallback: a commit wakes
	 * the dispatcher at once
	 * @param lease how long a claimed notification is reserved for this instance; an
	 * expired lease is claimable by any instance
	 * @param timeout how long an attempt waits for the receiver's answer (protocol: 3 s)
	 * @param maxInFlight attempts this instance has open at once, over all apps
	 * @param maxInFlightPerApp attempts open at once for one app, so a slow receiver
	 * cannot hold every slot
	 * @param responseBodyLimit how much of a receiver's answer an attempt keeps
	 * @param workers threads that claim notifications and record attempts' outcomes (one
	 * short transaction each); the dispatcher thread only finds what is due
	 */
	public record Notify(@Positive @DefaultValue("1") double timeScale,
			@NotNull @DefaultValue("1s") Duration pollInterval, @NotNull @DefaultValue("30s") Duration lease,
			@NotNull @DefaultValue("3s") Duration timeout, @Min(1) @DefaultValue("256") int maxInFlight,
			@Min(1) @DefaultValue("32") int maxInFlightPerApp, @NotNull @DefaultValue("1KB") DataSize responseBodyLimit,
			@Min(1) @DefaultValue("8") int workers) {

		/** Whether a lease outlasts an attempt with room to spare, as claims rely on. */
		@AssertTrue(message = "lease must be at least twice the timeout")
		public boolean isLeaseLongerThanAttempts() {
			return this.lease == null || this.timeout == null
					|| this.lease.compareTo(this.timeout.multipliedBy(2)) >= 0;
		}

		/** Whether the poll interval is positive. */
		@AssertTrue(message = "poll-interval must be positive")
		public boolean isPollIntervalPositive() {
			return this.pollInterval == null || (!this.pollInterval.isNegative() && !this.pollInterval.isZero());
		}

	}

	/**
	 * The request journal of the protocol endpoints (in memory).
	 *
	 * @param size how many requests it keeps, newest first
	 * @param bodyLimit how much of each request and response body it keeps
	 */
	public record Journal(@Min(1) @DefaultValue("500") int size, @NotNull @DefaultValue("8KB") DataSize bodyLimit) {
	}

	/**
	 * What the mock's home page links to.
	 *
	 * @param demoUrl the demo mini game, served by order-service, as a browser reaches it
	 */
	public record Pages(@NotNull @DefaultValue("http://localhost:8080/") URI demoUrl) {
	}

	/**
	 * The apps a fresh sandbox starts with.
	 *
	 * @param apps the apps, each with its items
	 */
	public record Seed(@Valid @DefaultValue List<SeedApp> apps) {
	}

	/**
	 * One seeded app.
	 *
	 * @param appId the app id
	 * @param appSecret its secret
	 * @param type {@code mini-game} or {@code mini-program}
	 * @param offerId the offerId (mini programs)
	 * @param currencies the enabled currencies
	 * @param notifyUrl where delivery notifications go
	 * @param items its items
	 * @param appKeys fixed appKeys by env ({@code "0"}, {@code "1"}): kept across
	 * {@code /sandbox/reset} and made current at start; a blank or absent one is
	 * generated
	 */
	public record SeedApp(@NotBlank String appId, @NotBlank String appSecret, @NotBlank String type, String offerId,
			@NotEmpty List<String> currencies, @NotBlank String notifyUrl, @Valid @DefaultValue List<SeedItem> items,
			@DefaultValue Map<String, String> appKeys) {

		@Override
		public String toString() {
			return "SeedApp[appId=" + this.appId + ", appSecret=****, type=" + this.type + ", items="
					+ this.items.size() + "]";
		}

	}

	/**
	 * One seeded item.
	 *
	 * @param productId the product id
	 * @param price the unit price in minor units
	 * @param currency its ISO 4217 currency
	 * @param maxQuantity the buyQuantity limit, or {@code null} for the default
	 * @param published whether it can be bought, {@code null} meaning yes
	 */
	public record SeedItem(@NotBlank String productId, @Min(1) long price, @NotBlank String currency,
			Integer maxQuantity, Boolean published) {
	}

}
