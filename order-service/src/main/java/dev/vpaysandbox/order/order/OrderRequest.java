package dev.vpaysandbox.order.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A purchase the front end asks for. It names no price: the server prices it.
 *
 * @param productId the product
 * @param quantity how many, 1 to the product's limit
 * @param platform {@code android} or {@code ios} (any case), or absent
 * @param attach merchant data echoed in the notification, at most 1024 characters counted
 * in code points as the platform counts them (an emoji is one), and Unicode text (no lone
 * surrogate); signing-core's signData rules check it, so both services agree
 * @param appId must be the session's app when present
 */
record OrderRequest(@NotBlank @Size(max = 64) String productId, @NotNull Integer quantity,
		@Pattern(regexp = "(?i)android|ios") String platform, String attach,
		@Schema(description = "defaults to the session's app") @Size(max = 64) String appId) {
}
