package dev.vpaysandbox.order.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.order.system.OrderServiceProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /config.js} of the demo mini game page: where the browser finds the mock (to
 * load the {@code wx} shim) and which apps this backend sells for. Nothing secret.
 */
@RestController
@Tag(name = "demo page")
class DemoConfigController {

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private final String script;

	DemoConfigController(OrderServiceProperties properties, JsonMapper json) {
		List<DemoApp> apps = properties.apps()
			.stream()
			.map((app) -> new DemoApp(app.appId(), app.type().name().toLowerCase(Locale.ROOT).replace('_', '-')))
			.toList();
		String mockUrl = properties.web().browserMockUrl(properties.platform()).toString().replaceAll("/+$", "");
		this.script = "window.VPAY_DEMO_CONFIG = " + json.writeValueAsString(new DemoConfig(mockUrl, apps)) + ";\n";
	}

	@GetMapping(path = "/config.js", produces = "text/javascript")
	@Operation(summary = "The demo page's settings: the mock's URL for browsers and the apps sold for")
	ResponseEntity<String> config() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(this.script);
	}

	/**
	 * What the demo page reads.
	 *
	 * @param mockUrl the mock's root URL for browsers, without a trailing slash
	 * @param apps the apps this backend sells for, the default first
	 */
	record DemoConfig(String mockUrl, List<DemoApp> apps) {
	}

	/**
	 * An app the demo page can play.
	 *
	 * @param appId the app
	 * @param type {@code mini-game} or {@code mini-program}
	 */
	record DemoApp(String appId, String type) {
	}

}
