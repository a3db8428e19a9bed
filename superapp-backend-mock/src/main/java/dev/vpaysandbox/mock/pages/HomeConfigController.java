package dev.vpaysandbox.mock.pages;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /config.js} of the mock's home page: where the browser finds the demo mini game,
 * which order-service serves on its own port. Nothing secret.
 */
@RestController
class HomeConfigController {

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private final String script;

	HomeConfigController(MockProperties properties, JsonMapper json) {
		HomeConfig config = new HomeConfig(properties.pages().demoUrl().toString());
		// Escaping '<' keeps a configured URL from closing a script element early.
		this.script = "window.VPAY_MOCK_CONFIG = " + json.writeValueAsString(config).replace("<", "\\u003c") + ";\n";
	}

	@GetMapping(path = "/config.js", produces = "text/javascript")
	ResponseEntity<String> config() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(this.script);
	}

	/**
	 * What the home page reads.
	 *
	 * @param demoUrl the demo mini game's URL for browsers
	 */
	record HomeConfig(String demoUrl) {
	}

}
