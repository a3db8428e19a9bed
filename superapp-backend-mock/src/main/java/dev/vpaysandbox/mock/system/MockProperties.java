package dev.vpaysandbox.mock.system;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@Validated
@ConfigurationProperties("vpay.mock")
public record MockProperties(@NotBlank @DefaultValue("sandbox-admin-token") String adminToken,
		@NotNull @DefaultValue("24h") Duration keyGrace, @NotNull @DefaultValue("5m") Duration loginCodeTtl,
		@NotNull @DefaultValue("2h") Duration accessTokenTtl, @NotNull @DefaultValue("64KB") DataSize maxBodySize,
		@Min(1) @DefaultValue("100") int defaultMaxQuantity, @Min(1) @DefaultValue("200") int recentChecks,
		@Valid @NotNull @DefaultValue Seed seed) {

	@Override
	public String toString() {
		return "MockProperties[adminToken=****, keyGrace=" + this.keyGrace + ", loginCodeTtl=" + this.loginCodeTtl
				+ ", accessTokenTtl=" + this.accessTokenTtl + ", maxBodySize=" + this.maxBodySize + ", seed="
				+ this.seed + "]";
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
	 */
	public record SeedApp(@NotBlank String appId, @NotBlank String appSecret, @NotBlank String type, String offerId,
			@NotEmpty List<String> currencies, @NotBlank String notifyUrl, @Valid @DefaultValue List<SeedItem> items) {

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
