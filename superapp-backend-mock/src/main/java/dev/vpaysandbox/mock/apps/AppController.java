package dev.vpaysandbox.mock.apps;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.UniqueElements;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Control API: register, list, inspect and change apps. */
@RestController
@Tag(name = "sandbox: apps")
@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
class AppController {

	static final String HTTP_URL = "https?://[^\\s]+";

	private final Apps apps;

	AppController(Apps apps) {
		this.apps = apps;
	}

	@PostMapping("/sandbox/apps")
	@Operation(summary = "Register an app; appKeys for env 0 and 1 are generated unless fixed with "
			+ "\"appKeys\":{\"0\":\"...\",\"1\":\"...\"} (409 if the appId exists); no answer but the key "
			+ "exchange's ever shows a key")
	ResponseEntity<AppView> register(@Valid @RequestBody NewAppRequest request) {
		AppType type = AppType.fromWireName(request.type()).orElseThrow();
		if (type == AppType.MINI_PROGRAM && (request.offerId() == null || request.offerId().isBlank())) {
			throw Problems.invalid("a mini-program needs an offerId");
		}
		FixedAppKeys appKeys;
		try {
			appKeys = FixedAppKeys.of(request.appKeys(), false);
		}
		catch (IllegalArgumentException ex) {
			throw Problems.invalid(ex.getMessage());
		}
		NewApp app = new NewApp(request.appId(), request.appSecret(), type, request.offerId(), request.currencies(),
				request.notifyUrl(), appKeys);
		if (this.apps.register(app) instanceof Apps.Registration.Registered registered) {
			return ResponseEntity.status(HttpStatus.CREATED).body(AppView.of(registered.app()));
		}
		throw Problems.conflict("app " + app.appId() + " exists already");
	}

	@GetMapping("/sandbox/apps")
	@Operation(summary = "List every app")
	List<AppView> list() {
		return this.apps.list().stream().map(AppView::of).toList();
	}

	@GetMapping("/sandbox/apps/{appId}")
	@Operation(summary = "Inspect an app (never its secret or keys)")
	AppView get(@PathVariable String appId) {
		return this.apps.find(appId).map(AppView::of).orElseThrow(() -> unknownApp(appId));
	}

	@PatchMapping("/sandbox/apps/{appId}")
	@Operation(summary = "Change an app's notify URL, currencies, or whether it accepts payments")
	AppView change(@PathVariable String appId, @Valid @RequestBody AppChangeRequest request) {
		return this.apps
			.change(appId, new AppChange(request.notifyUrl(), request.paymentEnabled(), request.currencies()))
			.map(AppView::of)
			.orElseThrow(() -> unknownApp(appId));
	}

	static RuntimeException unknownApp(String appId) {
		return Problems.notFound("no app " + appId);
	}

	/**
	 * {@code POST /sandbox/apps}, as docs/protocol.md#apps-items-and-keys describes it.
	 *
	 * @param appId the app id
	 * @param appSecret its secret
	 * @param type {@code mini-game} or {@code mini-program}
	 * @param offerId its offerId, required for a mini-program
	 * @param currencies the enabled ISO 4217 currencies, each once
	 * @param notifyUrl where delivery notifications go
	 * @param appKeys fixed appKeys by env ({@code "0"}, {@code "1"}), each 8-128 visible
	 * ASCII characters; an env not named gets a generated key
	 */
	record NewAppRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String appId,
			@NotBlank @Size(min = 8, max = 128) String appSecret,
			@NotBlank @Pattern(regexp = "mini-game|mini-program") String type,
			@Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String offerId,
			@NotEmpty @Size(max = 20) @UniqueElements List<@NotBlank @Pattern(regexp = "[A-Z]{3}") String> currencies,
			@NotBlank @Size(max = 2048) @Pattern(regexp = HTTP_URL) String notifyUrl,
			@Size(max = 2) Map<String, String> appKeys) {

		@Override
		public String toString() {
			return "NewAppRequest[" + this.appId + "]";
		}

	}

	/**
	 * {@code PATCH /sandbox/apps/{appId}}: what is absent stays as it is.
	 *
	 * @param notifyUrl the new notify URL
	 * @param paymentEnabled whether the pre-order check accepts payments
	 * @param currencies the enabled currencies, each once
	 */
	record AppChangeRequest(@Size(max = 2048) @Pattern(regexp = HTTP_URL) String notifyUrl, Boolean paymentEnabled,
			@Size(min = 1, max = 20) @UniqueElements List<@NotBlank @Pattern(regexp = "[A-Z]{3}") String> currencies) {
	}

}
