package dev.vpaysandbox.mock.apps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.mock.system.MockProperties;
import dev.vpaysandbox.web.Problems;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Key exchange for an app's backend, and key inspection and rotation for admins. */
@RestController
@Tag(name = "sandbox: keys")
class KeyController {

	private static final Logger log = LoggerFactory.getLogger(KeyController.class);

	private final Apps apps;

	private final AppKeyStore keys;

	private final Duration defaultGrace;

	private final Clock clock;

	KeyController(Apps apps, AppKeyStore keys, MockProperties properties, Clock clock) {
		this.apps = apps;
		this.keys = keys;
		this.defaultGrace = properties.keyGrace();
		this.clock = clock;
	}

	@PostMapping("/sandbox/keys/exchange")
	@Operation(summary = "The current appKey of (appId, env), for the app's backend (401 on bad credentials); "
			+ "also the previous key and the end of its grace window while the platform still accepts it")
	ResponseEntity<KeyExchangeResponse> exchange(@Valid @RequestBody KeyExchangeRequest request) {
		Env env = Env.of((request.env() != null) ? request.env() : 0);
		AppKeys keys = this.apps.find(request.appId())
			.filter((app) -> app.secretMatches(request.appSecret()))
			.flatMap((app) -> this.keys.find(app.appId(), env))
			.orElseThrow(() -> Problems.exception(HttpStatus.UNAUTHORIZED, "invalid-app-credentials",
					"unknown appId or wrong appSecret"));
		log.atInfo().addKeyValue("appId", request.appId()).addKeyValue("env", env.code()).log("key exchanged");
		AppKey current = keys.current();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new KeyExchangeResponse(request.appId(), env.code(), current.secret().reveal(), current.version(),
					PreviousKey.of(keys, this.clock.instant())));
	}

	@GetMapping("/sandbox/apps/{appId}/keys")
	@Operation(summary = "An app's key versions per env, with grace windows (never the keys)")
	@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
	List<AppKeyStore.KeyVersion> versions(@PathVariable String appId) {
		this.apps.find(appId).orElseThrow(() -> AppController.unknownApp(appId));
		return this.keys.versions(appId);
	}

	@PostMapping("/sandbox/apps/{appId}/keys/rotate")
	@Operation(summary = "Rotate the appKey of an env; the previous key stays accepted for graceSeconds "
			+ "(default vpay.mock.key-grace, 24h)")
	@SecurityRequirement(name = AdminToken.SECURITY_SCHEME)
	RotationResponse rotate(@PathVariable String appId, @Valid @RequestBody RotationRequest request) {
		this.apps.find(appId).orElseThrow(() -> AppController.unknownApp(appId));
		Duration grace = (request.graceSeconds() != null) ? Duration.ofSeconds(request.graceSeconds())
				: this.defaultGrace;
		AppKeys rotated = this.keys.rotate(appId, Env.of(request.env()), grace);
		log.atInfo()
			.addKeyValue("appId", appId)
			.addKeyValue("env", request.env())
			.addKeyValue("version", rotated.current().version())
			.log("appKey rotated");
		return new RotationResponse(appId, request.env(), rotated.current().version(), rotated.previous().version(),
				rotated.previousAcceptedUntil());
	}

	/**
	 * {@code POST /sandbox/keys/exchange}.
	 *
	 * @param appId the app
	 * @param appSecret its secret
	 * @param env 0 or 1, default 0
	 */
	record KeyExchangeRequest(@NotBlank @Size(max = 64) String appId, @NotBlank @Size(max = 128) String appSecret,
			@Min(0) @Max(1) Integer env) {

		@Override
		public String toString() {
			return "KeyExchangeRequest[" + this.appId + ", env " + this.env + "]";
		}

	}

	/**
	 * The keys the platform accepts now: the current key, which signs, and the previous
	 * one while its grace window lasts.
	 *
	 * @param appId the app
	 * @param env the env
	 * @param appKey the current key
	 * @param version its version
	 * @param previous the previous key while the platform still accepts it, else
	 * {@code null} (never rotated, the window ended, or rotated with no grace)
	 */
	record KeyExchangeResponse(String appId, int env, String appKey, int version, PreviousKey previous) {

		@Override
		public String toString() {
			return "KeyExchangeResponse[" + this.appId + ", env " + this.env + ", version " + this.version + "]";
		}

	}

	/**
	 * The key a rotation replaced, still accepted until {@code acceptedUntil}. A backend
	 * that holds it (it was the current key) or gets it here verifies notifications
	 * signed with it exactly as long as the platform accepts it, and not a moment longer.
	 * Anyone who may ask already gets the current key, so handing out the previous one
	 * during its window reveals nothing new; once the window ends it is never handed out
	 * again.
	 *
	 * @param version its version
	 * @param appKey the key
	 * @param acceptedUntil the end of its grace window (exclusive)
	 */
	record PreviousKey(int version, String appKey, Instant acceptedUntil) {

		static PreviousKey of(AppKeys keys, Instant now) {
			if (keys.previous() == null || !now.isBefore(keys.previousAcceptedUntil())) {
				return null;
			}
			return new PreviousKey(keys.previous().version(), keys.previous().secret().reveal(),
					keys.previousAcceptedUntil());
		}

		@Override
		public String toString() {
			return "PreviousKey[version " + this.version + ", accepted until " + this.acceptedUntil + "]";
		}

	}

	/**
	 * {@code POST /sandbox/apps/{appId}/keys/rotate}.
	 *
	 * @param env 0 or 1
	 * @param graceSeconds how long the old key stays accepted
	 */
	record RotationRequest(@NotNull @Min(0) @Max(1) Integer env, @Min(0) @Max(31_536_000) Long graceSeconds) {
	}

	/**
	 * The rotation's result, without keys.
	 *
	 * @param appId the app
	 * @param env the env
	 * @param version the new current version
	 * @param previousVersion the version still accepted in the grace window
	 * @param previousAcceptedUntil the end of the grace window
	 */
	record RotationResponse(String appId, int env, int version, int previousVersion, Instant previousAcceptedUntil) {
	}

}
